package io.callpipeline.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: whether the sandbox banner shows. */
@ControllerAdvice
public class DemoPageModel {

    private final DemoProperties demo;

    public DemoPageModel(DemoProperties demo) {
        this.demo = demo;
    }

    @ModelAttribute("sandbox")
    public boolean sandbox() {
        return demo.sandbox().enabled();
    }
}
