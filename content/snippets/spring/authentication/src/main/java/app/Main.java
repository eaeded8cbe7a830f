package app;

import java.util.Set;
import org.apache.catalina.startup.Tomcat;
import org.springframework.web.SpringServletContainerInitializer;

// Spring Framework ships no HTTP server: embedded Tomcat runs the DispatcherServlet.
public class Main {
    public static void main(String[] args) throws Exception {
        var tomcat = new Tomcat();
        tomcat.setPort(Integer.parseInt(System.getenv("PORT")));
        tomcat.getConnector().setProperty("address", "127.0.0.1");
        var context = tomcat.addContext("", null);
        context.addServletContainerInitializer(new SpringServletContainerInitializer(), Set.of(App.class));
        tomcat.start();
        tomcat.getServer().await();
    }
}
