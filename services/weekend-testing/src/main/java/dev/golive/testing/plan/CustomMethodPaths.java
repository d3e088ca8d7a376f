package dev.golive.testing.plan;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code assignments:plan}, {@code assignments:publish} and {@code training/{area}:send} are custom methods in the style of
 * {@code resource:verb}. Many clients (REST Assured, some HTTP libraries and tools) send the colon
 * percent-encoded, and the router compares the raw path, so the encoded form is put back to the
 * literal colon before matching.
 */
public class CustomMethodPaths {

    private static final Pattern ENCODED = Pattern.compile("(/assignments|/training/[A-Za-z_]+)%3[Aa](plan|publish|send)$");

    @ServerRequestFilter(preMatching = true)
    public void literalColon(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        Matcher m = ENCODED.matcher(uri.getRawPath());
        if (m.find()) {
            String path = uri.getRawPath().substring(0, m.start()) + m.group(1) + ":" + m.group(2);
            request.setRequestUri(URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }
}
