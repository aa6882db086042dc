package org.xinfang.casework.web;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinfang.casework.MatterCommand;

/**
 * The OpenAPI document describes each action as its own operation, {@code POST /api/v1/matters/{id}/<path>} with that
 * command's body and summary, as when each had its own mapping; the one mapping {@code /{id}/{action}} behind them is
 * not listed. Clients and generated code see fourteen plain operations instead of a body chosen by a path variable.
 */
@Configuration(proxyBeanMethods = false)
class MatterCommandDocs {

    private static final String MAPPING = "/api/v1/matters/{id}/{action}";

    @Bean
    OpenApiCustomizer oneOperationPerCommand() {
        return api -> {
            PathItem shared = api.getPaths() == null ? null : api.getPaths().remove(MAPPING);
            if (shared == null || shared.getPost() == null) {
                return;
            }
            Operation template = shared.getPost();
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            if (api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().remove(MatterCommand.class.getSimpleName());
            }
            for (MatterCommand.Type command : MatterCommand.Type.ALL) {
                ModelConverters.getInstance().read(command.type()).forEach(api.getComponents()::addSchemas);
                String name = command.type().getSimpleName();
                Operation operation = new Operation()
                        .tags(template.getTags())
                        .summary(command.summary())
                        .operationId(Character.toLowerCase(name.charAt(0)) + name.substring(1))
                        .parameters(template.getParameters() == null ? null : template.getParameters().stream()
                                .filter(p -> !"action".equals(p.getName())).toList())
                        .requestBody(new RequestBody().required(true).content(new Content().addMediaType(
                                org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + name)))))
                        .responses(template.getResponses())
                        .security(template.getSecurity());
                api.getPaths().addPathItem("/api/v1/matters/{id}/" + command.path(), new PathItem().post(operation));
            }
        };
    }
}
