package com.northstar.dev.weichuang.control;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The RESET fault: the connection of a request marked with {@link #mark} is closed with no answer at all. The servlet
 * API cannot do that, so a Tomcat valve asks the connector to close now ({@link ActionCode#CLOSE_NOW}, what Tomcat
 * itself does when a failure leaves it nothing valid to send), and nothing, not even a status line, is written.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionDropping {

    private static final String DROP = ConnectionDropping.class.getName() + ".DROP";

    /** Asks for the connection of this request to be dropped once the request has been handled. */
    static void mark(ServletRequest request) {
        request.setAttribute(DROP, Boolean.TRUE);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionDroppingValve() {
        return factory -> factory.addContextValves(new DroppingValve());
    }

    private static final class DroppingValve extends ValveBase {

        DroppingValve() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            getNext().invoke(request, response);
            if (request.getAttribute(DROP) != null) {
                response.getCoyoteResponse().action(ActionCode.CLOSE_NOW, null);
            }
        }
    }
}
