package dev.golive.staging.summary;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code summary-items:import} is a custom method in the style of {@code resource:verb}. Many clients
 * (REST Assured, some HTTP libraries and tools) send the colon percent-encoded, and the router compares
 * the raw path, so the encoded form is put back to the literal colon before matching.
 */
public class CustomMethodPaths {

    private static final Pattern ENCODED = Pattern.compile("/summary-items%3[Aa](import)$");

    @ServerRequestFilter(preMatching = true)
    public void literalColon(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        Matcher m = ENCODED.matcher(uri.getRawPath());
        if (m.find()) {
            String path = uri.getRawPath().substring(0, m.start()) + "/summary-items:" + m.group(1);
            request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }
}
