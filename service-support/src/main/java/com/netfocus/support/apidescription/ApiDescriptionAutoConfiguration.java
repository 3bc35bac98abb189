package com.netfocus.support.apidescription;

import com.netfocus.contracts.caller.Caller;
import io.swagger.v3.core.converter.ModelConverter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service describes its endpoints in OpenAPI (springdoc, from the controllers and their annotations) by the
 * same conventions, for the gateway to merge into the one description clients read: the shared components and error
 * answers ({@link ApiComponents}), what each operation says without its controller saying it
 * ({@link OperationConventions}), one schema name per type ({@link DistinctSchemaNames}), and the description served
 * to the gateway only ({@link ApiDescriptionAccess}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiDescriptionAutoConfiguration implements WebMvcConfigurer {

    static {
        // the caller comes from the gateway's sealed headers, never from the client: no parameter to describe
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenApiCustomizer apiComponents() {
        return new ApiComponents();
    }

    @Bean
    GlobalOperationCustomizer operationConventions(ObjectProvider<OperationSpecifics> specifics) {
        return new OperationConventions(specifics.orderedStream().toList());
    }

    @Bean
    ModelConverter distinctSchemaNames() {
        return new DistinctSchemaNames();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ApiDescriptionAccess());
    }
}
