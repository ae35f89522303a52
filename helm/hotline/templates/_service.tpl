{{/*
Everything one service needs, rendered from its block under .Values.services; every service of the platform uses
this one template (templates/services.yaml ranges over the blocks). Argument: dict root, name, svc.
*/}}
{{- define "hotline.service" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $svc := .svc -}}
{{- $fullname := include "hotline.serviceName" . -}}
{{- $autoscaling := $svc.autoscaling | default dict -}}
{{- $ingress := $svc.ingress | default dict }}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "hotline.labels" . | nindent 4 }}
# The apps never call the Kubernetes API.
automountServiceAccountToken: false
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "hotline.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "hotline.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ $svc.port }}
      targetPort: http
      protocol: TCP
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "hotline.labels" . | nindent 4 }}
spec:
  {{- if not $autoscaling.enabled }}
  replicas: {{ $svc.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "hotline.selectorLabels" . | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        {{- include "hotline.labels" . | nindent 8 }}
      annotations:
        prometheus.io/scrape: "true"
        prometheus.io/path: /actuator/prometheus
        prometheus.io/port: {{ $svc.port | quote }}
        {{- with $svc.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ $fullname }}
      automountServiceAccountToken: false
      {{- with $root.Values.global.imagePullSecrets }}
      imagePullSecrets:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      securityContext:
        runAsNonRoot: true
        runAsUser: {{ $root.Values.global.runAsUser }}
        runAsGroup: {{ $root.Values.global.runAsUser }}
        fsGroup: {{ $root.Values.global.runAsUser }}
        seccompProfile:
          type: RuntimeDefault
      terminationGracePeriodSeconds: 40
      # Replicas spread over nodes where the cluster allows it.
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels:
              {{- include "hotline.selectorLabels" . | nindent 14 }}
      {{- with $root.Values.global.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with $root.Values.global.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ $name }}
          image: {{ include "hotline.image" . | quote }}
          imagePullPolicy: {{ $svc.image.pullPolicy | default $root.Values.global.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $svc.port }}
              protocol: TCP
          env:
            {{- include "hotline.env" . | nindent 12 }}
          securityContext:
            runAsNonRoot: true
            runAsUser: {{ $root.Values.global.runAsUser }}
            readOnlyRootFilesystem: true
            allowPrivilegeEscalation: false
            privileged: false
            capabilities:
              drop: ["ALL"]
          # Start-up (Flyway, Spring context) may take minutes on a busy node; liveness only counts once it is up.
          startupProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 5
            failureThreshold: 60
          livenessProbe:
            httpGet:
              path: /actuator/health/liveness
              port: http
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          readinessProbe:
            httpGet:
              path: /actuator/health/readiness
              port: http
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 3
          resources:
            {{- toYaml $svc.resources | nindent 12 }}
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        # The only writable path (the root filesystem is read-only): Tomcat's work dir, JVM temp files.
        - name: tmp
          emptyDir:
            sizeLimit: 256Mi
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "hotline.labels" . | nindent 4 }}
spec:
  # maxUnavailable (not minAvailable) so that a single replica never blocks a node drain.
  maxUnavailable: {{ dig "pdb" "maxUnavailable" 1 $svc }}
  selector:
    matchLabels:
      {{- include "hotline.selectorLabels" . | nindent 6 }}
{{- if $autoscaling.enabled }}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "hotline.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ $fullname }}
  minReplicas: {{ $autoscaling.minReplicas | default $svc.replicas }}
  maxReplicas: {{ $autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ $autoscaling.targetCPUUtilizationPercentage | default 70 }}
{{- end }}
{{- if $root.Values.networkPolicy.enabled }}
---
{{ include "hotline.networkPolicy" . }}
{{- end }}
{{- if $ingress.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ $fullname }}
  labels:
    {{- include "hotline.labels" . | nindent 4 }}
  {{- with $ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  {{- with $ingress.className }}
  ingressClassName: {{ . }}
  {{- end }}
  {{- with $ingress.tls }}
  tls:
    - hosts:
        - {{ $ingress.host | quote }}
      secretName: {{ .secretName }}
  {{- end }}
  rules:
    - host: {{ $ingress.host | quote }}
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: {{ $fullname }}
                port:
                  name: http
{{- end }}
{{- end -}}

{{/*
The container environment: settings as plain values, credentials only as references to existing Secrets.
*/}}
{{- define "hotline.env" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $svc := .svc -}}
- name: SERVER_PORT
  value: {{ $svc.port | quote }}
{{- with $root.Values.global.jvmOptions }}
- name: JDK_JAVA_OPTIONS
  value: {{ . | quote }}
{{- end }}
- name: HOTLINE_ISSUER_URI
  value: {{ include "hotline.issuerUri" $root | quote }}
- name: HOTLINE_SECURITY_AUDIENCE
  value: {{ $root.Values.issuer.audience | quote }}
{{- with $svc.database }}
{{- $pg := $root.Values.postgresql }}
- name: SPRING_DATASOURCE_URL
  value: {{ printf "jdbc:postgresql://%s:%v/%s%s" $pg.host $pg.port (.name | default $name) (ternary (printf "?%s" $pg.parameters) "" (not (empty $pg.parameters))) | quote }}
- name: SPRING_DATASOURCE_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .usernameKey | default "username" }}
- name: SPRING_DATASOURCE_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ .existingSecret }}
      key: {{ .passwordKey | default "password" }}
{{- end }}
{{- if $svc.messaging }}
{{- $mq := $root.Values.rabbitmq }}
- name: SPRING_RABBITMQ_HOST
  value: {{ $mq.host | quote }}
- name: SPRING_RABBITMQ_PORT
  value: {{ $mq.port | quote }}
- name: SPRING_RABBITMQ_USERNAME
  valueFrom:
    secretKeyRef:
      name: {{ $mq.existingSecret }}
      key: {{ $mq.usernameKey | default "username" }}
- name: SPRING_RABBITMQ_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $mq.existingSecret }}
      key: {{ $mq.passwordKey | default "password" }}
{{- end }}
{{- if $svc.login }}
{{- $redis := $root.Values.redis }}
- name: HOTLINE_GATEWAY_CLIENT_ID
  value: {{ $svc.login.clientId | default "hotline-gateway" | quote }}
- name: HOTLINE_GATEWAY_CLIENT_SECRET
  valueFrom:
    secretKeyRef:
      name: {{ $svc.login.existingSecret }}
      key: {{ $svc.login.secretKey | default "client-secret" }}
- name: HOTLINE_SESSION_SECURE_COOKIE
  value: {{ $svc.login.secureCookie | quote }}
- name: HOTLINE_SESSION_TIMEOUT
  value: {{ $svc.login.sessionTimeout | default "60m" | quote }}
- name: HOTLINE_REDIS_HOST
  value: {{ $redis.host | quote }}
- name: HOTLINE_REDIS_PORT
  value: {{ $redis.port | quote }}
- name: HOTLINE_REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $redis.existingSecret }}
      key: {{ $redis.passwordKey | default "password" }}
{{- end }}
{{- if $svc.routes }}
{{- range $other, $target := $root.Values.services }}
{{- if and $target.enabled $target.routed }}
- name: {{ printf "HOTLINE_%s_URI" (include "hotline.envName" $other) }}
  value: {{ include "hotline.serviceUri" (dict "root" $root "name" $other) | quote }}
{{- end }}
{{- end }}
{{- end }}
{{- range $callee := $svc.calls }}
{{- include "hotline.requireCallee" (dict "root" $root "name" $name "callee" $callee) }}
- name: {{ printf "HOTLINE_%s_URI" (include "hotline.envName" $callee) }}
  value: {{ include "hotline.serviceUri" (dict "root" $root "name" $callee) | quote }}
{{- end }}
{{- with $root.Values.observability.logFormat }}
- name: LOGGING_STRUCTURED_FORMAT_CONSOLE
  value: {{ . | quote }}
{{- end }}
- name: MANAGEMENT_TRACING_SAMPLING_PROBABILITY
  value: {{ $root.Values.observability.tracing.sampling | quote }}
{{- with $root.Values.observability.tracing.endpoint }}
- name: MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
{{- range $key, $value := $svc.env }}
- name: {{ $key }}
  value: {{ $value | quote }}
{{- end }}
{{- range $key, $ref := $svc.secretEnv }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $ref.secret }}
      key: {{ $ref.key }}
{{- end }}
{{- end -}}
