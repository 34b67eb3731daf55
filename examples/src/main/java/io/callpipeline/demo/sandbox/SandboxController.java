package io.callpipeline.demo.sandbox;

import io.callpipeline.crm.customer.PhoneNumbers;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /sandbox/calls}: simulate an incoming call from a number (an existing customer's, a
 * new one, or withheld). From a page's button it redirects back with a message; from {@code curl}
 * it answers JSON. Exists only in sandbox mode.
 */
@Controller
@ConditionalOnProperty(name = "demo.sandbox.enabled", havingValue = "true")
public class SandboxController {

    private final CallSimulator simulator;
    private final PhoneNumbers phones;

    public SandboxController(CallSimulator simulator, PhoneNumbers phones) {
        this.simulator = simulator;
        this.phones = phones;
    }

    /** From a page: simulate, then back to {@code returnTo} with what happened. */
    @PostMapping(path = "/sandbox/calls", params = "returnTo")
    public String simulateFromPage(@RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "false") boolean silent, @RequestParam String returnTo,
            RedirectAttributes flash) throws IOException, InterruptedException {
        String target = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/customers";
        String caller = callerOf(from);
        if (caller == null) {
            flash.addFlashAttribute("error", "'" + from + "' אינו מספר טלפון תקין");
            return "redirect:" + target;
        }
        CallSimulator.SimulatedCall call = simulator.simulate(caller, silent);
        if (call.webhookStatus() == 200) {
            flash.addFlashAttribute("message", "נשלחה שיחה מדומה מ-" + caller + " (" + call.recordingSid()
                    + "). היא תופיע בלשונית \"שיחות מוקלטות\" של הלקוח ותתעדכן עד לסיום העיבוד.");
        } else {
            flash.addFlashAttribute("error", "ה-webhook ענה " + call.webhookStatus() + ": " + call.webhookAnswer());
        }
        return "redirect:" + target;
    }

    /** From {@code curl}: {@code curl -u agent:calls-demo -d from=0541234567 http://localhost:8080/sandbox/calls}. */
    @PostMapping("/sandbox/calls")
    @ResponseBody
    public ResponseEntity<Map<String, Object>> simulate(@RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "false") boolean silent) throws IOException, InterruptedException {
        String caller = callerOf(from);
        if (caller == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "'" + from + "' is not a phone number; "
                    + "give from=0541234567, from=+972541234567 or from=Anonymous"));
        }
        CallSimulator.SimulatedCall call = simulator.simulate(caller, silent);
        return ResponseEntity.status(call.webhookStatus() == 200 ? HttpStatus.ACCEPTED : HttpStatus.BAD_GATEWAY)
                .body(Map.of("recordingSid", call.recordingSid(), "callSid", call.callSid(), "from", caller,
                        "webhookStatus", call.webhookStatus(), "webhookAnswer", call.webhookAnswer()));
    }

    /** The caller as Twilio would give it: E.164, or {@code Anonymous} for a withheld number. */
    private String callerOf(String from) {
        if (phones.isWithheld(from)) {
            return "Anonymous";
        }
        return phones.toE164(from).orElse(null);
    }
}
