package io.callpipeline.crm.web;

import io.callpipeline.crm.access.CallAccess;
import io.callpipeline.crm.followup.CustomerStory;
import io.callpipeline.crm.privacy.AccessAction;
import io.callpipeline.crm.privacy.AccessLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /customers/{id}/story}: a customer's calls at a glance (see {@link CustomerStory}), for a host
 * page's header; a customer the user does not see answers 404 as one that does not exist.
 */
@RestController
@RequestMapping("${callpipeline.crm.api-path:/callpipeline/api}")
public class CustomerStoryController {

    private final CustomerStory stories;
    private final CallAccess access;
    private final AccessLog accessLog;

    public CustomerStoryController(CustomerStory stories, CallAccess access, AccessLog accessLog) {
        this.stories = stories;
        this.access = access;
        this.accessLog = accessLog;
    }

    @GetMapping("/customers/{customerId}/story")
    public CustomerStory.Story story(@PathVariable long customerId) {
        CustomerStory.Story story = stories.of(customerId, access.currentScope());
        if (!story.recent().isEmpty()) { // it shows calls' summaries: logged as a list of them is
            accessLog.calls(AccessAction.LIST, customerId, story.recent().stream().map(CustomerStory.Recent::callId)
                    .toList(), "the customer's story");
        }
        return story;
    }
}
