package com.decisionchain.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.decisionchain.account.SizeBand;
import com.decisionchain.common.ApiException;
import com.decisionchain.common.ErrorCode;
import com.decisionchain.common.FieldError;
import com.decisionchain.coverage.RoleStatus;
import com.decisionchain.opportunity.OpportunityStage;
import com.decisionchain.trust.TrustWeights;

/**
 * Checks a settings document completely and reports every problem at once (field paths as in the JSON), so an admin
 * can fix them in one go. Pure: the tenant's role keys are passed in.
 */
public final class AnalyticsSettingsValidator {

    /** Weights are decimals typed by people: a sum within this of 1 is 1. */
    private static final double SUM_TOLERANCE = 1e-6;

    /** Ten years: longer periods mean nothing for a sales cycle and would only strain the date arithmetic. */
    private static final int MAX_DAYS = 3650;

    private final Set<String> roleKeys;
    private final List<FieldError> errors = new ArrayList<>();

    private AnalyticsSettingsValidator(Set<String> roleKeys) {
        this.roleKeys = roleKeys;
    }

    /** Throws VALIDATION_FAILED with one error per problem; returns quietly when the document is valid. */
    public static void validate(AnalyticsSettingsDocument document, Set<String> roleKeys) {
        AnalyticsSettingsValidator validator = new AnalyticsSettingsValidator(roleKeys);
        validator.check(document);
        if (!validator.errors.isEmpty()) {
            FieldError first = validator.errors.get(0);
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "Invalid analytics settings: " + first.field() + " "
                    + first.message(), validator.errors);
        }
    }

    private void check(AnalyticsSettingsDocument document) {
        if (document == null) {
            error("", "a settings document is required");
            return;
        }
        if (required("trust", document.trust())) {
            checkTrust(document.trust());
        }
        if (required("coverage", document.coverage())) {
            checkCoverage(document.coverage());
        }
    }

    private void checkTrust(AnalyticsSettingsDocument.Trust trust) {
        positiveDays("trust.windowDays", trust.windowDays());
        if (required("trust.weights", trust.weights())) {
            TrustWeights w = trust.weights();
            double[] weights = {w.responseRate(), w.attendanceRate(), w.referrals(), w.commitmentReliability(), w.recency()};
            checkWeights("trust.weights", weights);
        }
        if (required("trust.referralSaturation", trust.referralSaturation()) && !(trust.referralSaturation() > 0)) {
            error("trust.referralSaturation", "must be greater than 0");
        }
        between("trust.lateCommitmentCredit", trust.lateCommitmentCredit(), 0, 1);
        if (required("trust.meetingChannels", trust.meetingChannels()) && trust.meetingChannels().contains(null)) {
            error("trust.meetingChannels", "must list channels, without nulls");
        }
        if (required("trust.cadenceIntervalDays", trust.cadenceIntervalDays())) {
            trust.cadenceIntervalDays().forEach((cadence, days) ->
                    positiveDays("trust.cadenceIntervalDays." + cadence, days));
        }
        positiveDays("trust.unknownCadenceIntervalDays", trust.unknownCadenceIntervalDays());
        if (required("trust.levels", trust.levels())) {
            AnalyticsSettingsDocument.Levels levels = trust.levels();
            boolean complete = between("trust.levels.transactionalFrom", levels.transactionalFrom(), 0, 100)
                    & between("trust.levels.developingFrom", levels.developingFrom(), 0, 100)
                    & between("trust.levels.partnerFrom", levels.partnerFrom(), 0, 100);
            if (complete && (levels.transactionalFrom() > levels.developingFrom()
                    || levels.developingFrom() > levels.partnerFrom())) {
                error("trust.levels", "must rise: transactionalFrom <= developingFrom <= partnerFrom");
            }
        }
        positiveDays("trust.trendPeriodDays", trust.trendPeriodDays());
    }

    private void checkCoverage(AnalyticsSettingsDocument.Coverage coverage) {
        if (required("coverage.roleWeights", coverage.roleWeights())) {
            for (OpportunityStage stage : OpportunityStage.values()) {
                Map<String, Double> row = coverage.roleWeights().get(stage);
                String field = "coverage.roleWeights." + stage;
                if (!required(field, row)) {
                    continue;
                }
                row.keySet().stream().filter(role -> !roleKeys.contains(role))
                        .forEach(role -> error(field + "." + role, "is not a role of the tenant's taxonomy " + roleKeys));
                if (row.values().stream().anyMatch(weight -> weight == null)) {
                    error(field, "every weight must be a number");
                } else {
                    checkWeights(field, row.values().stream().mapToDouble(Double::doubleValue).toArray());
                }
            }
        }
        if (required("coverage.statusValues", coverage.statusValues())) {
            double previous = -1;
            for (RoleStatus status : RoleStatus.values()) {
                Double value = coverage.statusValues().get(status);
                String field = "coverage.statusValues." + status;
                if (between(field, value, 0, 1)) {
                    if (value < previous) {
                        error(field, "must not be below the value of the status before it");
                    }
                    previous = value;
                }
            }
        }
        between("coverage.trustedMinScore", coverage.trustedMinScore(), 0, 100);
        role("coverage.decisionMakerRole", coverage.decisionMakerRole());
        role("coverage.gatekeeperRole", coverage.gatekeeperRole());
        between("coverage.missingRoleMinWeight", coverage.missingRoleMinWeight(), 0, 1);
        if (required("coverage.singleThreadedMaxEngaged", coverage.singleThreadedMaxEngaged())
                && coverage.singleThreadedMaxEngaged() < 0) {
            error("coverage.singleThreadedMaxEngaged", "must not be negative");
        }
        positiveDays("coverage.decisionMakerOnlyLookbackDays", coverage.decisionMakerOnlyLookbackDays());
        nonNegativeDays("coverage.staleMapAfterDays", coverage.staleMapAfterDays());
        between("coverage.trustDecliningTrend", coverage.trustDecliningTrend(), -100, 0);
        required("coverage.blockerMinInfluence", coverage.blockerMinInfluence());
        nonNegativeDays("coverage.blockerUntouchedAfterDays", coverage.blockerUntouchedAfterDays());
        if (required("coverage.expectedSizes", coverage.expectedSizes())) {
            for (SizeBand band : SizeBand.values()) {
                required("coverage.expectedSizes." + band, coverage.expectedSizes().get(band));
            }
        }
        required("coverage.expectedSizeWhenBandUnknown", coverage.expectedSizeWhenBandUnknown());
        if (required("coverage.warmPathLowTrustPenalty", coverage.warmPathLowTrustPenalty())
                && !(coverage.warmPathLowTrustPenalty() >= 0)) {
            error("coverage.warmPathLowTrustPenalty", "must not be negative");
        }
    }

    private void checkWeights(String field, double[] weights) {
        double sum = 0;
        for (double weight : weights) {
            if (!(weight >= 0)) {
                error(field, "weights must not be negative");
                return;
            }
            sum += weight;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            error(field, "weights must sum to 1 (they sum to " + sum + ")");
        }
    }

    private void role(String field, String role) {
        if (required(field, role) && !roleKeys.contains(role)) {
            error(field, "is not a role of the tenant's taxonomy " + roleKeys);
        }
    }

    private void positiveDays(String field, Integer days) {
        if (required(field, days) && (days < 1 || days > MAX_DAYS)) {
            error(field, "must be between 1 and " + MAX_DAYS + " days");
        }
    }

    private void nonNegativeDays(String field, Integer days) {
        if (required(field, days) && (days < 0 || days > MAX_DAYS)) {
            error(field, "must be between 0 and " + MAX_DAYS + " days");
        }
    }

    private boolean between(String field, Double value, double min, double max) {
        if (!required(field, value)) {
            return false;
        }
        if (!(value >= min && value <= max)) {
            error(field, "must be between " + min + " and " + max);
            return false;
        }
        return true;
    }

    private boolean required(String field, Object value) {
        if (value == null) {
            error(field, "is required");
            return false;
        }
        return true;
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
