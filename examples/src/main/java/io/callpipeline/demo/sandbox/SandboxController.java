package io.callpipeline.demo.sandbox;

import io.callpipeline.crm.customer.PhoneNumbers;
import io.callpipeline.demo.agencies.DemoAgencies;
import java.io.IOException;
import java.util.List;
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
 * new one, or withheld) to the number of an agency the user sees. From a page's button it redirects back with a message; from {@code curl}
 * it answers JSON. Exists only in sandbox mode.
 */
@Controller
@ConditionalOnProperty(name = "demo.sandbox.enabled", havingValue = "true")
public class SandboxController {

    private final CallSimulator simulator;
    private final PhoneNumbers phones;
    private final DemoAgencies agencies;

    public SandboxController(CallSimulator simulator, PhoneNumbers phones, DemoAgencies agencies) {
        this.simulator = simulator;
        this.phones = phones;
        this.agencies = agencies;
    }

    /** From a page: simulate, then back to {@code returnTo} with what happened. */
    @PostMapping(path = "/sandbox/calls", params = "returnTo")
    public String simulateFromPage(@RequestParam(defaultValue = "") String from,
            @RequestParam(required = false) String agency, @RequestParam(defaultValue = "false") boolean silent,
            @RequestParam String returnTo, RedirectAttributes flash) throws IOException, InterruptedException {
        String target = returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/customers";
        String caller = callerOf(from);
        if (caller == null) {
            flash.addFlashAttribute("error", "'" + from + "' אינו מספר טלפון תקין");
            return "redirect:" + target;
        }
        DemoAgencies.Agency called = calledAgency(agency);
        if (called == null) {
            flash.addFlashAttribute("error", "יש לבחור סוכנות שמספרה יחויג");
            return "redirect:" + target;
        }
        CallSimulator.SimulatedCall call = simulator.simulate(caller, called.number(), silent);
        if (call.webhookStatus() == 200) {
            flash.addFlashAttribute("message", "נשלחה שיחה מדומה מ-" + caller + " (" + call.recordingSid()
                    + "). היא תופיע בלשונית \"שיחות מוקלטות\" של הלקוח ותתעדכן עד לסיום העיבוד.");
        } else {
            flash.addFlashAttribute("error", "ה-webhook ענה " + call.webhookStatus() + ": " + call.webhookAnswer());
        }
        return "redirect:" + target;
    }

    /**
     * From {@code curl}: {@code curl -u agent:calls-demo -d from=0541234567 http://localhost:8080/sandbox/calls};
     * {@code agency=haifa} for an admin, who sees several.
     */
    @PostMapping("/sandbox/calls")
    @ResponseBody
    public ResponseEntity<Map<String, Object>> simulate(@RequestParam(defaultValue = "") String from,
            @RequestParam(required = false) String agency, @RequestParam(defaultValue = "false") boolean silent)
            throws IOException, InterruptedException {
        String caller = callerOf(from);
        if (caller == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "'" + from + "' is not a phone number; "
                    + "give from=0541234567, from=+972541234567 or from=Anonymous"));
        }
        DemoAgencies.Agency called = calledAgency(agency);
        if (called == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "name the agency whose number is called: "
                    + "agency=" + agencies.visible().stream().map(DemoAgencies.Agency::id).toList()));
        }
        CallSimulator.SimulatedCall call = simulator.simulate(caller, called.number(), silent);
        return ResponseEntity.status(call.webhookStatus() == 200 ? HttpStatus.ACCEPTED : HttpStatus.BAD_GATEWAY)
                .body(Map.of("recordingSid", call.recordingSid(), "callSid", call.callSid(), "from", caller,
                        "to", called.number(),
                        "webhookStatus", call.webhookStatus(), "webhookAnswer", call.webhookAnswer()));
    }

    /** The agency whose number is called: the one named, else the user's only one; {@code null} if neither. */
    private DemoAgencies.Agency calledAgency(String agency) {
        List<DemoAgencies.Agency> visible = agencies.visible().stream().filter(a -> a.number() != null).toList();
        if (agency != null && !agency.isBlank()) {
            return visible.stream().filter(a -> a.id().equals(agency)).findFirst().orElse(null);
        }
        return visible.size() == 1 ? visible.get(0) : null;
    }

    /** The caller as Twilio would give it: E.164, or {@code Anonymous} for a withheld number. */
    private String callerOf(String from) {
        if (phones.isWithheld(from)) {
            return "Anonymous";
        }
        return phones.toE164(from).orElse(null);
    }
}
