package com.decisionchain.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.decisionchain.account.Account;
import com.decisionchain.account.AccountInputs.AccountInput;
import com.decisionchain.account.AccountInputs.ExternalIdInput;
import com.decisionchain.account.AccountService;
import com.decisionchain.interaction.Channel;
import com.decisionchain.interaction.Commitment;
import com.decisionchain.interaction.CommitmentStatus;
import com.decisionchain.interaction.Direction;
import com.decisionchain.interaction.InteractionService;
import com.decisionchain.interaction.InteractionTypes.CommitmentInput;
import com.decisionchain.interaction.InteractionTypes.InteractionInput;
import com.decisionchain.interaction.InteractionTypes.ParticipantInput;
import com.decisionchain.interaction.Outcome;
import com.decisionchain.interaction.ValueAsset;
import com.decisionchain.opportunity.Cadence;
import com.decisionchain.opportunity.CommitteeService;
import com.decisionchain.opportunity.Influence;
import com.decisionchain.opportunity.Opportunity;
import com.decisionchain.opportunity.OpportunityInputs.AssignRoleInput;
import com.decisionchain.opportunity.OpportunityInputs.OpportunityInput;
import com.decisionchain.opportunity.OpportunityService;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.opportunity.RoleEvidence;
import com.decisionchain.opportunity.Stance;
import com.decisionchain.stakeholder.RelationshipType;
import com.decisionchain.stakeholder.Seniority;
import com.decisionchain.stakeholder.Stakeholder;
import com.decisionchain.stakeholder.StakeholderInputs.RelationshipInput;
import com.decisionchain.stakeholder.StakeholderInputs.StakeholderInput;
import com.decisionchain.stakeholder.StakeholderService;
import com.decisionchain.tenancy.TenantContext;
import com.decisionchain.tenancy.TenantProvisioner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Seeds the demo tenant with the article's E-Shop Inc. case: an inventory-analytics deal whose
 * decision chain has an IT lead (initiator), the development team (users), the CIO (influencer),
 * the CFO (decision maker) and the purchasing manager (buyer), with the touches and promises the
 * article describes. Runs once per database, in the dev profile only.
 */
@ApplicationScoped
public class DemoSeeder {

    public static final String TENANT = "eshop-demo";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    private static final String ACTOR = "demo-seed";

    private final boolean enabled;
    private final TenantProvisioner provisioner;
    private final AccountService accounts;
    private final StakeholderService stakeholders;
    private final OpportunityService opportunities;
    private final CommitteeService committee;
    private final InteractionService interactions;

    public DemoSeeder(@ConfigProperty(name = "decision-chain.demo.seed", defaultValue = "false") boolean enabled,
            TenantProvisioner provisioner, AccountService accounts, StakeholderService stakeholders,
            OpportunityService opportunities, CommitteeService committee, InteractionService interactions) {
        this.enabled = enabled;
        this.provisioner = provisioner;
        this.accounts = accounts;
        this.stakeholders = stakeholders;
        this.opportunities = opportunities;
        this.committee = committee;
        this.interactions = interactions;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        provisioner.ensure(TENANT);
        boolean seeded = TenantContext.callAs(TENANT,
                () -> QuarkusTransaction.requiringNew().call(() -> Account.count() == 0 && seed()));
        if (seeded) {
            LOG.infof("Seeded the demo tenant '%s' with the E-Shop Inc. decision chain", TENANT);
        }
    }

    private boolean seed() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
        Instant start = now.minus(60, ChronoUnit.DAYS);
        Account eshop = accounts.create(new AccountInput("E-Shop Inc.", "eshop.example.com", "https://www.eshop.example.com",
                "E-commerce", 850, "CN", new BigDecimal("120000000.00"), "CNY", "demo-user",
                List.of(new ExternalIdInput("CRM", "ESHOP-001"))));
        String account = eshop.id.toString();
        Stakeholder itLead = person(account, "伟", "王", "IT 主管", "IT", Seniority.MANAGER, "wei.wang@eshop.example.com", null);
        Stakeholder cio = person(account, "明", "陈", "CIO", "IT", Seniority.C_LEVEL, "ming.chen@eshop.example.com", null);
        Stakeholder devLead = person(account, "娜", "李", "开发团队负责人 (Development team lead)", "Engineering",
                Seniority.MANAGER, "na.li@eshop.example.com", cio);
        Stakeholder cfo = person(account, "敏", "赵", "CFO", "Finance", Seniority.C_LEVEL, "min.zhao@eshop.example.com", null);
        Stakeholder buyer = person(account, "强", "刘", "采购经理 (Purchasing manager)", "Procurement", Seniority.MANAGER,
                "qiang.liu@eshop.example.com", cfo);
        stakeholders.update(itLead.id, new com.decisionchain.stakeholder.StakeholderInputs.StakeholderPatch(null, null,
                null, null, null, null, null, null, null, null, cio.id.toString(), start), null, ACTOR);

        Opportunity deal = opportunities.create(new OpportunityInput(account, "Inventory analytics platform",
                OpportunityStage.DISCOVERY, new BigDecimal("500000.00"), "CNY", null, "demo-user", start));
        String dealId = deal.id.toString();
        role(dealId, itLead, "INITIATOR", Influence.MEDIUM, Stance.CHAMPION, "Inventory data errors cost 10% of sales (库存数据不准，导致损失10%销售额)",
                Cadence.WEEKLY, RoleEvidence.SELF_CONFIRMED, start);
        role(dealId, devLead, "USER", Influence.MEDIUM, Stance.SUPPORTER, "API integration with the order system (API集成)",
                Cadence.BIWEEKLY, RoleEvidence.CROSS_VALIDATED, start.plus(5, ChronoUnit.DAYS));
        role(dealId, cio, "INFLUENCER", Influence.HIGH, Stance.NEUTRAL, "Data security and scalability (数据安全和扩展性)",
                Cadence.BIWEEKLY, RoleEvidence.CROSS_VALIDATED, start.plus(5, ChronoUnit.DAYS));
        role(dealId, cfo, "DECISION_MAKER", Influence.VERY_HIGH, Stance.SKEPTIC, "Cut inventory cost by 20% (降低库存成本20%)",
                Cadence.MONTHLY, RoleEvidence.ASSUMED, start.plus(10, ChronoUnit.DAYS));
        role(dealId, buyer, "BUYER", Influence.MEDIUM, Stance.NEUTRAL, "Contract flexibility (合同灵活性)",
                Cadence.AT_MILESTONES, RoleEvidence.INFERRED, start.plus(10, ChronoUnit.DAYS));

        stakeholders.addRelationship(new RelationshipInput(RelationshipType.INTRODUCED, itLead.id.toString(),
                devLead.id.toString(), null, "Named the development team as users on the first call", start));
        stakeholders.addRelationship(new RelationshipInput(RelationshipType.INFLUENCES, cio.id.toString(),
                cfo.id.toString(), 3, "The CFO relies on the CIO's technical judgement", start));
        stakeholders.addRelationship(new RelationshipInput(RelationshipType.ALLY, itLead.id.toString(),
                cio.id.toString(), null, null, start));

        touch(dealId, Channel.PHONE, Direction.OUTBOUND, start.plus(1, ChronoUnit.DAYS),
                "Which teams does the inventory problem affect? Who approves the purchase?", Outcome.POSITIVE, List.of(),
                participant(itLead, true, true));
        touch(dealId, Channel.EMAIL, Direction.OUTBOUND, start.plus(8, ChronoUnit.DAYS),
                "Free inventory data diagnostic", Outcome.POSITIVE, List.of(ValueAsset.DIAGNOSTIC),
                participant(itLead, null, true));
        touch(dealId, Channel.EMAIL, Direction.OUTBOUND, start.plus(15, ChronoUnit.DAYS),
                "Whitepaper: e-commerce data security best practices, with a custom ROI model", Outcome.NEUTRAL,
                List.of(ValueAsset.WHITEPAPER, ValueAsset.ROI_MODEL), participant(cio, null, true));
        touch(dealId, Channel.DEMO, Direction.OUTBOUND, start.plus(22, ChronoUnit.DAYS),
                "Product demo for the development team", Outcome.POSITIVE, List.of(),
                participant(devLead, true, true), participant(itLead, true, true));
        touch(dealId, Channel.IN_PERSON_MEETING, Direction.OUTBOUND, start.plus(30, ChronoUnit.DAYS),
                "CIO roundtable on data security and scale", Outcome.POSITIVE, List.of(ValueAsset.INDUSTRY_REPORT),
                participant(cio, true, true));
        touch(dealId, Channel.EMAIL, Direction.OUTBOUND, start.plus(38, ChronoUnit.DAYS),
                "Case study: another e-commerce company saved 15% of inventory cost", Outcome.NO_RESPONSE,
                List.of(ValueAsset.CASE_STUDY), participant(cfo, null, false));
        touch(dealId, Channel.VIDEO_MEETING, Direction.INBOUND, start.plus(45, ChronoUnit.DAYS),
                "CFO budget doubts: asked for phased payment options", Outcome.NEUTRAL, List.of(ValueAsset.PROPOSAL),
                participant(cfo, true, true), participant(buyer, true, true));

        Commitment demo = promise(dealId, itLead, "Provide a customised demo next week (下周提供定制演示)",
                start.plus(8, ChronoUnit.DAYS));
        interactions.resolve(demo.id, CommitmentStatus.KEPT, start.plus(7, ChronoUnit.DAYS));
        Commitment phased = promise(dealId, cfo, "Send phased payment options to the CFO", start.plus(48, ChronoUnit.DAYS));
        interactions.resolve(phased.id, CommitmentStatus.KEPT, start.plus(50, ChronoUnit.DAYS));
        promise(dealId, buyer, "3 months of implementation support with weekly progress updates (3个月实施支持)",
                now.plus(30, ChronoUnit.DAYS));
        opportunities.reviewMap(deal.id, start.plus(46, ChronoUnit.DAYS));
        return true;
    }

    private Stakeholder person(String account, String firstName, String lastName, String title, String department,
            Seniority seniority, String email, Stakeholder manager) {
        return stakeholders.create(new StakeholderInput(account, firstName, lastName, lastName + firstName, title,
                department, seniority, email, null, null, "Shanghai", manager == null ? null : manager.id.toString(), null),
                ACTOR);
    }

    private void role(String deal, Stakeholder who, String role, Influence influence, Stance stance, String painPoint,
            Cadence cadence, RoleEvidence evidence, Instant from) {
        committee.assign(new AssignRoleInput(deal, who.id.toString(), role, influence, stance, List.of(painPoint),
                List.of(), cadence, evidence, null, from));
    }

    private void touch(String deal, Channel channel, Direction direction, Instant at, String subject, Outcome outcome,
            List<ValueAsset> assets, ParticipantInput... participants) {
        interactions.log(new InteractionInput(null, deal, channel, direction, at, subject, null, outcome, assets,
                List.of(participants), null));
    }

    private static ParticipantInput participant(Stakeholder who, Boolean attended, Boolean responded) {
        return new ParticipantInput(who.id.toString(), true, attended, responded);
    }

    private Commitment promise(String deal, Stakeholder to, String description, Instant due) {
        return interactions.addCommitment(new CommitmentInput(deal, to.id.toString(), null, description, due));
    }
}
