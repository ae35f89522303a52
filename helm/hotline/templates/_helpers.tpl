{{/*
Names and labels shared by every resource of the chart.
*/}}

{{/* The release-wide prefix: the release name, or "<release>-hotline" when the release name does not say hotline. */}}
{{- define "hotline.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* The name of a service's Deployment, Service, ServiceAccount, ...: "<fullname>-<service>". Argument: dict root, name. */}}
{{- define "hotline.serviceName" -}}
{{- printf "%s-%s" (include "hotline.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "hotline.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels that select one service's pods. Argument: dict root, name. */}}
{{- define "hotline.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* Labels on every resource of a service. Argument: dict root, name. */}}
{{- define "hotline.labels" -}}
{{ include "hotline.selectorLabels" . }}
app.kubernetes.io/component: {{ .name }}
app.kubernetes.io/part-of: hotline
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ include "hotline.chart" .root }}
{{- end -}}

{{/* Labels on release-wide resources (the default-deny policy). */}}
{{- define "hotline.releaseLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: hotline
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ include "hotline.chart" . }}
{{- end -}}

{{/* The image reference of a service; the tag falls back to global.image.tag, then to the chart's appVersion. */}}
{{- define "hotline.image" -}}
{{- $global := .root.Values.global.image -}}
{{- $repository := .svc.image.repository -}}
{{- with $global.registry }}{{ $repository = printf "%s/%s" . $repository }}{{ end -}}
{{- $tag := .svc.image.tag | default $global.tag | default .root.Chart.AppVersion -}}
{{- printf "%s:%s" $repository $tag -}}
{{- end -}}

{{/* A service's address inside the cluster, "http://<fullname>-<service>:<port>". Argument: dict root, name. */}}
{{- define "hotline.serviceUri" -}}
{{- printf "http://%s:%v" (include "hotline.serviceName" .) (index .root.Values.services .name).port -}}
{{- end -}}

{{/* Fails unless a service that another one calls directly (services.<name>.calls) is enabled. Argument: dict root,
name (the caller), callee. */}}
{{- define "hotline.requireCallee" -}}
{{- $callee := index .root.Values.services .callee | default dict -}}
{{- if not $callee.enabled -}}
{{- fail (printf "services.%s.calls names %s, which is not an enabled service of the chart" .name .callee) -}}
{{- end -}}
{{- end -}}

{{/* The issuer every service validates tokens against: issuer.uri, else the chart's own identity service. */}}
{{- define "hotline.issuerUri" -}}
{{- if .Values.issuer.uri -}}
{{- .Values.issuer.uri -}}
{{- else if .Values.services.identity.enabled -}}
{{- include "hotline.serviceUri" (dict "root" . "name" "identity") -}}
{{- else -}}
{{- fail "issuer.uri is required when services.identity.enabled is false (production points at an external OIDC issuer)" -}}
{{- end -}}
{{- end -}}

{{/* "call-log" -> "CALL_LOG": the environment-variable form of a service name. */}}
{{- define "hotline.envName" -}}
{{- . | upper | replace "-" "_" -}}
{{- end -}}
