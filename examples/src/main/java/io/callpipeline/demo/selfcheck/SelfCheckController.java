package io.callpipeline.demo.selfcheck;

import java.util.List;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The technical checks as a page ({@code /selfcheck}) and as JSON ({@code /selfcheck.json}). */
@Controller
public class SelfCheckController {

    private final SelfCheck selfCheck;
    private final Environment environment;

    public SelfCheckController(SelfCheck selfCheck, Environment environment) {
        this.selfCheck = selfCheck;
        this.environment = environment;
    }

    @GetMapping("/selfcheck")
    public String page(Model model) {
        model.addAttribute("checks", run());
        return "selfcheck";
    }

    @GetMapping("/selfcheck.json")
    @ResponseBody
    public List<Check> json() {
        return run();
    }

    private List<Check> run() {
        return selfCheck.run("http://localhost:" + environment.getProperty("local.server.port", "8080"));
    }
}
