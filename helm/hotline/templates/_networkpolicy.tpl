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
    {{- include "hotline.ingressFromService" (dict "root" $root "name" "gateway") | nindent 4 }}
    {{- else if eq $source "release" }}
    # Every pod of the release, e.g. to fetch the issuer's metadata and JWKS.
    {{- $releasePods := dict "podSelector" (dict "matchLabels" (dict "app.kubernetes.io/instance" $root.Release.Name)) }}
    {{- include "hotline.ingressFrom" (dict "peers" (list $releasePods)) | nindent 4 }}
    {{- else if and (eq $source "ingress-controller") $np.ingressController }}
    {{- include "hotline.ingressFrom" (dict "peers" $np.ingressController) | nindent 4 }}
    {{- end }}
    {{- end }}
    {{- range $caller, $other := $root.Values.services }}
    {{- if and $other.enabled (has $name ($other.calls | default (list))) }}
    # {{ $caller }} calls this service directly (services.{{ $caller }}.calls).
    {{- include "hotline.ingressFromService" (dict "root" $root "name" $caller) | nindent 4 }}
    {{- end }}
    {{- end }}
    {{- with $np.metrics }}
    # Prometheus scrapes /actuator/prometheus on the app port.
    {{- include "hotline.ingressFrom" (dict "peers" .) | nindent 4 }}
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
    {{- include "hotline.egressTo" (dict "port" $root.Values.issuer.port "peers" $root.Values.issuer.egress) | nindent 4 }}
    {{- else if and $identity.enabled (ne $name "identity") }}
    {{- include "hotline.egressToService" (dict "root" $root "name" "identity") | nindent 4 }}
    {{- end }}
    {{- if $svc.database }}
    {{- include "hotline.egressTo" $root.Values.postgresql | nindent 4 }}
    {{- end }}
    {{- if $svc.messaging }}
    {{- include "hotline.egressTo" $root.Values.rabbitmq | nindent 4 }}
    {{- end }}
    {{- if $svc.login }}
    # Redis, where the browser sessions are kept.
    {{- include "hotline.egressTo" $root.Values.redis | nindent 4 }}
    {{- end }}
    {{- if $svc.routes }}
    {{- range $other, $target := $root.Values.services }}
    {{- if and $target.enabled $target.routed }}
    {{- include "hotline.egressToService" (dict "root" $root "name" $other) | nindent 4 }}
    {{- end }}
    {{- end }}
    {{- end }}
    {{- range $callee := $svc.calls }}
    {{- include "hotline.egressToService" (dict "root" $root "name" $callee) | nindent 4 }}
    {{- end }}
    {{- with $root.Values.observability.tracing.endpoint }}
    {{- include "hotline.egressTo" $root.Values.observability.tracing | nindent 4 }}
    {{- end }}
{{- end -}}

{{/* An ingress rule: the peers may connect to the app port. Argument: dict peers. */}}
{{- define "hotline.ingressFrom" -}}
- from:
    {{- toYaml .peers | nindent 4 }}
  ports:
    - port: http
      protocol: TCP
{{- end -}}

{{/* An ingress rule: another service's pods may connect to the app port. Argument: dict root, name (the other). */}}
{{- define "hotline.ingressFromService" -}}
- from:
    - podSelector:
        matchLabels:
          {{- include "hotline.selectorLabels" . | nindent 10 }}
  ports:
    - port: http
      protocol: TCP
{{- end -}}

{{/* An egress rule to a system outside the release: its port, and its peers (none: any address on that port).
Argument: a block with port and egress, e.g. .Values.rabbitmq. */}}
{{- define "hotline.egressTo" -}}
- ports:
    - port: {{ .port }}
      protocol: TCP
  {{- with .egress }}
  to:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}

{{/* An egress rule to another service of the release, on its port. Argument: dict root, name (the service). */}}
{{- define "hotline.egressToService" -}}
- to:
    - podSelector:
        matchLabels:
          {{- include "hotline.selectorLabels" . | nindent 10 }}
  ports:
    - port: {{ (index .root.Values.services .name).port }}
      protocol: TCP
{{- end -}}
