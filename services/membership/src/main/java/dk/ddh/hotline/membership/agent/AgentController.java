package dk.ddh.hotline.membership.agent;

import dk.ddh.hotline.membership.member.MemberAccess;
import dk.ddh.hotline.support.cpr.NoCpr;
import dk.ddh.hotline.support.text.SingleLine;
import dk.ddh.hotline.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/membership/v1")
@Tag(name = "Agents", description = "A member's staff who answer the shared line")
class AgentController {

    private static final String MANAGERS = "hasAnyRole('MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";
    private static final String READERS = "hasAnyRole('AGENT','SUPERVISOR','MEMBER_ADMIN','REGION_ADMIN','DDH_ADMIN')";

    private final AgentService agents;
    private final MemberAccess access;

    AgentController(AgentService agents, MemberAccess access) {
        this.agents = agents;
        this.access = access;
    }

    @PostMapping("/members/{memberId}/agents")
    @PreAuthorize(MANAGERS)
    @Operation(operationId = "registerAgent", summary = "Register an agent of a member; the agent starts active.")
    @ApiResponse(responseCode = "201", description = "Created; `Location` names it", useReturnTypeSchema = true)
    public ResponseEntity<AgentResponse> register(
            @PathVariable String memberId, @Valid @RequestBody NewAgentRequest request) {
        access.checkManage(memberId);
        Agent agent = agents.register(memberId, request.name(), request.workEmail());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/membership/v1/agents/{id}")
                .buildAndExpand(agent.id())
                .toUri();
        return ResponseEntity.created(location).body(AgentResponse.of(agent));
    }

    @GetMapping("/members/{memberId}/agents")
    @PreAuthorize(READERS)
    @Operation(
            operationId = "agentsOfMember",
            summary = "A member's agents, active and inactive, by name, a page at a time")
    public PageResponse<AgentResponse> ofMember(
            @PathVariable String memberId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        access.checkRead(memberId);
        return agents.ofMember(memberId, page, size).map(AgentResponse::of);
    }

    @GetMapping("/agents/{agentId}")
    @PreAuthorize(READERS)
    @Operation(operationId = "getAgent", summary = "Read an agent")
    public AgentResponse get(@PathVariable UUID agentId) {
        Agent agent = agents.get(agentId);
        access.checkRead(agent.memberId());
        return AgentResponse.of(agent);
    }

    @PutMapping("/agents/{agentId}")
    @PreAuthorize(MANAGERS)
    @Operation(
            operationId = "changeAgent",
            summary = "Change an agent's name, work email or whether the agent is active")
    public AgentResponse change(@PathVariable UUID agentId, @Valid @RequestBody AgentRequest request) {
        access.checkManage(agents.get(agentId).memberId());
        return AgentResponse.of(agents.change(agentId, request.name(), request.workEmail(), request.active()));
    }

    record NewAgentRequest(
            @NotBlank @Size(max = 200) @SingleLine @NoCpr String name,
            @NotBlank @Email @Size(max = 254) @NoCpr String workEmail) {}

    record AgentRequest(
            @NotBlank @Size(max = 200) @SingleLine @NoCpr String name,
            @NotBlank @Email @Size(max = 254) @NoCpr String workEmail,
            @NotNull Boolean active) {}

    record AgentResponse(String agentId, String memberId, String name, String workEmail, boolean active) {

        static AgentResponse of(Agent agent) {
            return new AgentResponse(
                    agent.id().toString(), agent.memberId(), agent.name(), agent.workEmail(), agent.active());
        }
    }
}
