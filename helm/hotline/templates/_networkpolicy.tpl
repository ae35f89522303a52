{{/*
A service's NetworkPolicy: on top of the release's default deny, who may reach it and what it may reach.
Argument: dict root, name, svc.
*/}}
{{- define "hotline.networkPolicy" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $svc := .svc -}}
{{- $np := $root.Values.networkPolicy -}}
{{- $identity := $root.Values.services.identity -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "hotline.serviceName" . }}
  labels:
    {{- include "hotline.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "hotline.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    {{- range $source := $svc.reachableFrom }}
    {{- if eq $source "gateway" }}
    - from:
        - podSelector:
            matchLabels:
              {{- include "hotline.selectorLabels" (dict "root" $root "name" "gateway") | nindent 14 }}
      ports:
        - port: http
          protocol: TCP
    {{- else if eq $source "release" }}
    # Every pod of the release, e.g. to fetch the issuer's metadata and JWKS.
    - from:
        - podSelector:
            matchLabels:
              app.kubernetes.io/instance: {{ $root.Release.Name }}
      ports:
        - port: http
          protocol: TCP
    {{- else if and (eq $source "ingress-controller") $np.ingressController }}
    - from:
        {{- toYaml $np.ingressController | nindent 8 }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- with $np.metrics }}
    # Prometheus scrapes /actuator/prometheus on the app port.
    - from:
        {{- toYaml . | nindent 8 }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
  egress:
    - to:
        {{- toYaml $np.dns | nindent 8 }}
      ports:
        - port: 53
          protocol: UDP
        - port: 53
          protocol: TCP
    {{- if $root.Values.issuer.uri }}
    # The external OIDC issuer (metadata, JWKS; the gateway also its token endpoint).
    - ports:
        - port: {{ $root.Values.issuer.port }}
          protocol: TCP
      {{- with $root.Values.issuer.egress }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- else if and $identity.enabled (ne $name "identity") }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "hotline.selectorLabels" (dict "root" $root "name" "identity") | nindent 14 }}
      ports:
        - port: {{ $identity.port }}
          protocol: TCP
    {{- end }}
    {{- if $svc.database }}
    - ports:
        - port: {{ $root.Values.postgresql.port }}
          protocol: TCP
      {{- with $root.Values.postgresql.egress }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- if $svc.messaging }}
    - ports:
        - port: {{ $root.Values.rabbitmq.port }}
          protocol: TCP
      {{- with $root.Values.rabbitmq.egress }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
    {{- if $svc.routes }}
    {{- range $other, $target := $root.Values.services }}
    {{- if and $target.enabled $target.routed }}
    - to:
        - podSelector:
            matchLabels:
              {{- include "hotline.selectorLabels" (dict "root" $root "name" $other) | nindent 14 }}
      ports:
        - port: {{ $target.port }}
          protocol: TCP
    {{- end }}
    {{- end }}
    {{- end }}
    {{- with $root.Values.observability.tracing.endpoint }}
    - ports:
        - port: {{ $root.Values.observability.tracing.port }}
          protocol: TCP
      {{- with $root.Values.observability.tracing.egress }}
      to:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    {{- end }}
{{- end -}}
