package io.callpipeline.demo;

import io.callpipeline.demo.agencies.DemoAgencies;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: whether the sandbox banner shows, and the agencies the user sees. */
@ControllerAdvice
public class DemoPageModel {

    private final DemoProperties demo;
    private final DemoAgencies agencies;

    public DemoPageModel(DemoProperties demo, DemoAgencies agencies) {
        this.demo = demo;
        this.agencies = agencies;
    }

    @ModelAttribute("agencies")
    public List<DemoAgencies.Agency> agencies() {
        return agencies.visible();
    }

    @ModelAttribute("sandbox")
    public boolean sandbox() {
        return demo.sandbox().enabled();
    }
}
