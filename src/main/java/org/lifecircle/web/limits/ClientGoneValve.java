package org.lifecircle.web.limits;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Gives each request a way to ask whether its client is still connected, as the request
 * attribute {@link #ATTRIBUTE} (a {@link BooleanSupplier}, true when gone). The servlet API has no
 * such question, so this asks Tomcat for a non-blocking read on the connection: a request
 * without a body has nothing more to read from a client that is still there, so anything
 * available means the client closed or reset the connection (or pipelined a next request,
 * which browsers do not do). Only ask while the request is computing, before its answer is
 * written. O(1) per request; one non-blocking read per question.
 */
public final class ClientGoneValve extends ValveBase {

    public static final String ATTRIBUTE = ClientGoneValve.class.getName() + ".gone";

    public ClientGoneValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        org.apache.coyote.Request coyote = request.getCoyoteRequest();
        BooleanSupplier gone = () -> {
            if (response.isCommitted()) return false;
            coyote.action(ActionCode.AVAILABLE, Boolean.TRUE);
            return coyote.getAvailable() > 0;
        };
        request.setAttribute(ATTRIBUTE, gone);
        getNext().invoke(request, response);
    }
}
