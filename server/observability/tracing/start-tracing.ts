import { context, diag, DiagLogLevel, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TracingConfig } from '../../config.js';
import type { Logger } from '../../logger.js';

export interface Tracing {
  /** Exports every span ended so far. */
  flush(): Promise<void>;
  /** Exports what is left, then unregisters the SDK (the API is a no-op again). */
  shutdown(): Promise<void>;
}

/**
 * Registers the OpenTelemetry SDK for this process: spans batched to `config.url` as OTLP/HTTP (JSON),
 * W3C `traceparent` propagation, the async-hooks context manager. The SDK reads the rest of the standard
 * variables itself: OTEL_TRACES_SAMPLER / OTEL_TRACES_SAMPLER_ARG (default parentbased_always_on),
 * OTEL_EXPORTER_OTLP_HEADERS / _TIMEOUT / _COMPRESSION, OTEL_BSP_*, OTEL_RESOURCE_ATTRIBUTES, span limits.
 * Only server/app.ts and the sync command (server/sync-command.ts) import this module, lazily, when tracing is
 * on: with it off, no SDK code loads.
 * The API's registrations are global, so one app per process traces (the last to start).
 */
export function startTracing(config: TracingConfig, logger: Logger): Tracing {
  const log = logger.child({ component: 'otel' });
  // The SDK reports export failures through diag: warnings and errors to the gateway's log.
  diag.setLogger(
    {
      error: (message) => log.warn(message),
      warn: (message) => log.warn(message),
      info: () => undefined,
      debug: () => undefined,
      verbose: () => undefined,
    },
    { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true },
  );
  const resource = defaultResource()
    .merge(detectResources({ detectors: [envDetector] }))
    .merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }));
  const provider = new NodeTracerProvider({
    resource,
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: config.url }))],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return {
    flush: () => provider.forceFlush(),
    async shutdown() {
      try {
        await provider.shutdown();
      } finally {
        trace.disable();
        context.disable();
        propagation.disable();
        diag.disable();
      }
    },
  };
}
