package com.decisionchain.importing;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.decisionchain.common.Ids;
import com.decisionchain.common.QueryNumbers;
import com.decisionchain.tenancy.Access;
import com.decisionchain.tenancy.Caller;

/** REST API of contact-export imports (API.md): jobs, their errors, and review suggestions. */
@Path("/api/v1/imports")
@Tag(name = "Imports")
@SecurityRequirement(name = "jwt")
public class ImportResource {

    private static final String CSV = "text/csv";

    private final ImportService imports;
    private final ImportWorker worker;
    private final Caller caller;
    private final ImportConfig config;

    public ImportResource(ImportService imports, ImportWorker worker, Caller caller, ImportConfig config) {
        this.imports = imports;
        this.worker = worker;
        this.caller = caller;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a LinkedIn, ZoomInfo or mapped CSV export; it is imported in the background")
    @APIResponse(responseCode = "202", description = "The queued job (or the job an earlier upload with the same Idempotency-Key created)")
    @APIResponse(responseCode = "400", description = "Missing file, unknown format, bad mapping")
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for a different upload")
    @APIResponse(responseCode = "413", description = "The file is over the size, column or cell limit")
    public Response submit(@RestForm("file") FileUpload file, @RestForm("format") String format,
            @RestForm("mapping") @Parameter(description = "GENERIC_CSV only: JSON object of field to column header") String mapping,
            @RestForm("source") @Parameter(description = "GENERIC_CSV only: name of the system the file came from") String source,
            @RestForm("dryRun") Boolean dryRun,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Context UriInfo uri) {
        caller.require(Access.IMPORT);
        ImportService.Upload upload = new ImportService.Upload(file == null ? null : file.uploadedFile(),
                file == null ? null : file.fileName(), file == null ? 0 : file.size(), format, mapping, source,
                Boolean.TRUE.equals(dryRun), idempotencyKey);
        ImportJob job = imports.submit(upload, caller.subject());
        worker.wake();
        return accepted(job, uri);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A job's state, progress and counts")
    public ImportJobView job(@PathParam("id") String id) {
        caller.require(Access.IMPORT);
        return ImportJobView.of(imports.require(Ids.require("Import job", id)));
    }

    @GET
    @Path("{id}/errors")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "A job's errors: the file's (no line) and each failed row's. JSON comes in pages, each with a "
            + "Link header (rel=\"next\") while more follow; CSV with Accept: text/csv holds them all")
    @APIResponse(responseCode = "200", description = "The errors, or in JSON a page of them")
    @APIResponse(responseCode = "400", description = "VALIDATION_FAILED: first is not a whole number of at least 1, "
            + "or after of at least 0")
    public Response errors(@PathParam("id") String id,
            @QueryParam("first") @Parameter(description = "Errors per page; a larger number is capped to the page size "
                    + "(1000 by default)", schema = @Schema(type = SchemaType.INTEGER)) String first,
            @QueryParam("after") @Parameter(description = "Errors to skip, as the next page's link gives it",
                    schema = @Schema(type = SchemaType.INTEGER)) String after,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        caller.require(Access.IMPORT);
        UUID jobId = Ids.require("Import job", id);
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(type -> type.isCompatible(MediaType.valueOf(CSV))
                && !type.isWildcardType());
        if (csv) {
            StringBuilder text = new StringBuilder("\uFEFFline,column,code,message\r\n");
            for (ImportErrorView error : imports.errors(jobId, 0, null)) {
                text.append(error.line() == null ? "" : error.line()).append(',').append(cell(error.column())).append(',')
                        .append(cell(error.code())).append(',').append(cell(error.message())).append("\r\n");
            }
            return Response.ok(text.toString(), CSV + "; charset=UTF-8").build();
        }
        // As list fields do elsewhere, a larger page than allowed is capped rather than refused.
        int pageSize = Math.min(QueryNumbers.atLeast("first", first, 1, config.errorsPerPage()), config.errorsPerPage());
        int skipped = QueryNumbers.atLeast("after", after, 0, 0);
        List<ImportErrorView> errors = imports.errors(jobId, skipped, pageSize + 1);
        Response.ResponseBuilder response = Response.ok(errors.subList(0, Math.min(pageSize, errors.size())),
                MediaType.APPLICATION_JSON);
        if (errors.size() > pageSize) {
            // A reference without scheme and host, which stays right behind a proxy that terminates TLS.
            String next = uri.getAbsolutePath().getRawPath() + "?first=" + pageSize + "&after=" + (skipped + pageSize);
            response.link(URI.create(next), "next");
        }
        return response.build();
    }

    @POST
    @Path("{id}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Queue a FAILED job again with its stored file")
    @APIResponse(responseCode = "202", description = "The queued job")
    @APIResponse(responseCode = "409", description = "The job is not FAILED")
    public Response retry(@PathParam("id") String id, @Context UriInfo uri) {
        caller.require(Access.IMPORT);
        ImportJob job = imports.retry(Ids.require("Import job", id));
        worker.wake();
        return accepted(job, uri);
    }

    /** 202 with the job, and where to follow it. */
    private static Response accepted(ImportJob job, UriInfo uri) {
        return Response.accepted(ImportJobView.of(job))
                .location(URI.create(uri.getBaseUri().getPath().replaceAll("/$", "") + "/api/v1/imports/" + job.id))
                .build();
    }

    @GET
    @Path("review-suggestions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Possible duplicates imports did not merge (cross-script or ambiguous names), by status (default PENDING)")
    public List<ReviewSuggestionView> reviewSuggestions(@QueryParam("status") String status) {
        caller.require(Access.IMPORT);
        return imports.reviewSuggestions(status);
    }

    @POST
    @Path("review-suggestions/{id}/accept")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept: merge the row's stakeholder into the candidate (same as mergeStakeholders)")
    public ReviewSuggestionView accept(@PathParam("id") String id) {
        caller.require(Access.IMPORT);
        return imports.decide(Ids.require("Review suggestion", id), true, caller.subject());
    }

    @POST
    @Path("review-suggestions/{id}/reject")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject: the two stay different people; the suggestion is not offered again")
    public ReviewSuggestionView reject(@PathParam("id") String id) {
        caller.require(Access.IMPORT);
        return imports.decide(Ids.require("Review suggestion", id), false, caller.subject());
    }

    /** A CSV cell, quoted, and neutralised when a spreadsheet would read it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r\n".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
