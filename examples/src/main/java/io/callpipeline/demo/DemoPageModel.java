package io.callpipeline.demo;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.demo.agencies.DemoAgencies;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's header needs: whether the sandbox banner shows, the agencies the user sees, and whether they are an admin. */
@ControllerAdvice
public class DemoPageModel {

    private final DemoProperties demo;
    private final DemoAgencies agencies;
    private final CallAccess access;

    public DemoPageModel(DemoProperties demo, DemoAgencies agencies, CallAccess access) {
        this.demo = demo;
        this.agencies = agencies;
        this.access = access;
    }

    /** Whether the user sees every agency: the access log's link shows to admins only. */
    @ModelAttribute("admin")
    public boolean admin() {
        return access.currentScope().everything();
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
