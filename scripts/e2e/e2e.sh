#!/usr/bin/env bash
# E2E driver behind `make test-e2e`, `make kind-up`, `make kind-down` (issue 8).
#   e2e.sh check-tools   kind, kubectl, helm, docker: stop at the first one missing
#   e2e.sh kind-up       create or reuse the Kind cluster from deploy/kind/floe-cluster.yaml
#   e2e.sh kind-down     delete it
#   e2e.sh test-e2e      all of it: tools, cluster, charts, readiness, port-forwards, TestE2E
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLUSTER="${FLOE_KIND_CLUSTER:-floe}"
CONTEXT="kind-${CLUSTER}"
NAMESPACE="${FLOE_NAMESPACE:-floe-test}"
RELEASE="${FLOE_RELEASE:-floe-platform}"
KIND_CONFIG="${ROOT}/deploy/kind/floe-cluster.yaml"
RESULTS="${ROOT}/artifacts/e2e-results"
DEMO_IMAGE="${FLOE_DEMO_IMAGE:-floe-dagster-demo:latest}"
FORWARD_DIR="${RESULTS}/port-forwards"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

check_tools() {
  local tool
  for tool in kind kubectl helm docker; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      case "$tool" in
        kind) die "kind is not installed: see https://kind.sigs.k8s.io/docs/user/quick-start/#installation (e.g. 'go install sigs.k8s.io/kind@latest' or your package manager)." ;;
        kubectl) die "kubectl is not installed: see https://kubernetes.io/docs/tasks/tools/ (e.g. 'apt-get install kubectl' from the Kubernetes apt repository)." ;;
        helm) die "helm is not installed: see https://helm.sh/docs/intro/install/ (helm 3.12 or newer)." ;;
        docker) die "docker is not installed: Kind runs its nodes as Docker containers; see https://docs.docker.com/engine/install/." ;;
      esac
    fi
  done
  docker info >/dev/null 2>&1 || die "docker is installed but its daemon does not answer ('docker info' failed): start Docker and retry."
}

check_repo() {
  [[ -n "${FLOE_REPO:-}" ]] || die "FLOE_REPO is not set: run 'make test-e2e FLOE_REPO=/path/to/floe' with a checkout of the floe platform repository."
  [[ -d "${FLOE_REPO}/charts/floe-platform" ]] || die "FLOE_REPO=${FLOE_REPO} has no charts/floe-platform: it must be a checkout of the floe platform repository."
  [[ -f "${FLOE_REPO}/charts/floe-platform/values-test.yaml" ]] || die "${FLOE_REPO}/charts/floe-platform/values-test.yaml is missing."
  FLOE_REPO="$(cd "${FLOE_REPO}" && pwd)"
  export FLOE_REPO
}

kind_up() {
  if kind get clusters 2>/dev/null | grep -qx "${CLUSTER}"; then
    say "reusing Kind cluster '${CLUSTER}'"
  else
    say "creating Kind cluster '${CLUSTER}' from ${KIND_CONFIG}"
    kind create cluster --name "${CLUSTER}" --config "${KIND_CONFIG}" --wait 120s
  fi
  kubectl config use-context "${CONTEXT}" >/dev/null
}

kind_down() {
  if kind get clusters 2>/dev/null | grep -qx "${CLUSTER}"; then
    kind delete cluster --name "${CLUSTER}"
  else
    say "no Kind cluster '${CLUSTER}'"
  fi
}

load_demo_image() {
  if docker image inspect "${DEMO_IMAGE}" >/dev/null 2>&1; then
    say "loading ${DEMO_IMAGE} into the cluster"
    kind load docker-image "${DEMO_IMAGE}" --name "${CLUSTER}"
  elif [[ "${FLOE_BUILD_DEMO_IMAGE:-0}" == "1" ]]; then
    say "building ${DEMO_IMAGE} with the platform's own target"
    make -C "${FLOE_REPO}" build-demo-image KIND_CLUSTER_NAME="${CLUSTER}"
  else
    die "image ${DEMO_IMAGE} (Dagster with the demo code locations) is not in the local Docker: build it with 'make -C \$FLOE_REPO build-demo-image KIND_CLUSTER_NAME=${CLUSTER}' or rerun with FLOE_BUILD_DEMO_IMAGE=1."
  fi
}

install_charts() {
  local chart="${FLOE_REPO}/charts/floe-platform"
  say "helm upgrade --install ${RELEASE} (namespace ${NAMESPACE})"
  helm dependency build "${chart}" >/dev/null
  helm upgrade --install "${RELEASE}" "${chart}" --kube-context "${CONTEXT}" --namespace "${NAMESPACE}" --create-namespace \
    -f "${chart}/values-test.yaml" --wait --timeout 12m
  local jobs="${FLOE_REPO}/charts/floe-jobs"
  if [[ -d "${jobs}" ]]; then
    local values=()
    [[ -f "${jobs}/values-test.yaml" ]] && values=(-f "${jobs}/values-test.yaml")
    say "helm upgrade --install floe-jobs"
    helm upgrade --install floe-jobs "${jobs}" --kube-context "${CONTEXT}" --namespace "${NAMESPACE}" "${values[@]}" --wait --timeout 5m
  fi
}

wait_ready() {
  say "waiting for every pod in ${NAMESPACE} to be Ready"
  kubectl --context "${CONTEXT}" -n "${NAMESPACE}" wait pod --all --for=condition=Ready \
    --field-selector=status.phase!=Succeeded --timeout=10m
}

# First port of a service (the chart's own port, which changed between chart versions).
service_port() { kubectl --context "${CONTEXT}" -n "${NAMESPACE}" get svc "$1" -o jsonpath='{.spec.ports[0].port}'; }

# The Cube API service comes from a subchart: find the service that exposes port 4000.
cube_service() {
  kubectl --context "${CONTEXT}" -n "${NAMESPACE}" get svc -o jsonpath='{range .items[*]}{.metadata.name}{" "}{.spec.ports[*].port}{"\n"}{end}' \
    | awk '$0 ~ /cube/ && / 4000( |$)/ {print $1; exit}'
}

start_forward() { # name service local:remote...
  local name="$1" service="$2"; shift 2
  kubectl --context "${CONTEXT}" -n "${NAMESPACE}" port-forward "svc/${service}" "$@" >>"${FORWARD_DIR}/${name}.log" 2>&1 &
  echo "$!" >"${FORWARD_DIR}/${name}.pid"
  echo "svc/${service} $*" >"${FORWARD_DIR}/${name}.spec"
}

start_forwards() {
  rm -rf "${FORWARD_DIR}" && mkdir -p "${FORWARD_DIR}"
  start_forward dagster "${RELEASE}-dagster-webserver" "3100:$(service_port "${RELEASE}-dagster-webserver")"
  start_forward polaris "${RELEASE}-polaris" 8181:8181 8182:8182
  start_forward minio "${RELEASE}-minio" 9000:9000
  start_forward jaeger "${RELEASE}-jaeger-query" 16686:16686
  start_forward marquez "${RELEASE}-marquez" 5100:5000
  start_forward otel "${RELEASE}-otel" 4318:4318
  local cube; cube="$(cube_service)"
  if [[ -n "${cube}" ]]; then start_forward cube "${cube}" 4000:4000; else say "no Cube service exposes port 4000: AC-2.8 will be skipped"; fi
}

# Port-forwards die when their pod restarts (AC-2.7, AC-2.9): restart any that exited.
watchdog() {
  while true; do
    local pidfile
    for pidfile in "${FORWARD_DIR}"/*.pid; do
      [[ -e "${pidfile}" ]] || continue
      if ! kill -0 "$(cat "${pidfile}")" 2>/dev/null; then
        local name spec; name="$(basename "${pidfile}" .pid)"; spec="$(cat "${FORWARD_DIR}/${name}.spec")"
        echo "$(date -u +%FT%TZ) restarting ${name}" >>"${FORWARD_DIR}/watchdog.log"
        # shellcheck disable=SC2086
        kubectl --context "${CONTEXT}" -n "${NAMESPACE}" port-forward ${spec} >>"${FORWARD_DIR}/${name}.log" 2>&1 &
        echo "$!" >"${pidfile}"
      fi
    done
    sleep 2
  done
}

stop_forwards() {
  [[ -n "${WATCHDOG_PID:-}" ]] && kill "${WATCHDOG_PID}" 2>/dev/null || true
  local pidfile
  for pidfile in "${FORWARD_DIR}"/*.pid; do
    [[ -e "${pidfile}" ]] && kill "$(cat "${pidfile}")" 2>/dev/null || true
  done
}

export_endpoints() {
  export FLOE_KUBE_CONTEXT="${CONTEXT}" FLOE_NAMESPACE="${NAMESPACE}" FLOE_RELEASE="${RELEASE}"
  export FLOE_DAGSTER_URL="http://localhost:3100" FLOE_POLARIS_URL="http://localhost:8181" FLOE_POLARIS_MGMT_URL="http://localhost:8182"
  export FLOE_MINIO_URL="http://localhost:9000" FLOE_JAEGER_URL="http://localhost:16686" FLOE_MARQUEZ_URL="http://localhost:5100"
  export FLOE_OTLP_HTTP_URL="http://localhost:4318" FLOE_CUBE_URL="http://localhost:4000"
  # The platform's own virtualenv has the floe CLI and dbt with the duckdb adapter (uv sync in FLOE_REPO).
  [[ -z "${FLOE_CLI:-}" && -x "${FLOE_REPO}/.venv/bin/floe" ]] && export FLOE_CLI="${FLOE_REPO}/.venv/bin/floe"
  [[ -z "${FLOE_DBT:-}" && -x "${FLOE_REPO}/.venv/bin/dbt" ]] && export FLOE_DBT="${FLOE_REPO}/.venv/bin/dbt"
  return 0
}

wait_for_forwards() {
  say "waiting for the port-forwards to answer"
  local url
  for url in "${FLOE_DAGSTER_URL}/server_info" "${FLOE_POLARIS_MGMT_URL}/q/health/ready" "${FLOE_MARQUEZ_URL}/api/v1/namespaces"; do
    local tries=0
    until curl -fsS -o /dev/null --max-time 3 "${url}"; do
      tries=$((tries + 1)); [[ ${tries} -lt 60 ]] || die "${url} does not answer through its port-forward (see ${FORWARD_DIR})."
      sleep 2
    done
  done
}

collect_logs() {
  local out="${RESULTS}/cluster-logs"
  mkdir -p "${out}"
  say "collecting cluster state and logs into ${out}"
  kubectl --context "${CONTEXT}" -n "${NAMESPACE}" get pods -o wide >"${out}/pods.txt" 2>&1 || true
  kubectl --context "${CONTEXT}" -n "${NAMESPACE}" get events --sort-by=.lastTimestamp >"${out}/events.txt" 2>&1 || true
  helm --kube-context "${CONTEXT}" -n "${NAMESPACE}" history "${RELEASE}" >"${out}/helm-history.txt" 2>&1 || true
  local pod
  for pod in $(kubectl --context "${CONTEXT}" -n "${NAMESPACE}" get pods -o name 2>/dev/null); do
    kubectl --context "${CONTEXT}" -n "${NAMESPACE}" logs "${pod}" --all-containers --tail=500 >"${out}/${pod#pod/}.log" 2>&1 || true
  done
}

test_e2e() {
  check_tools
  check_repo
  mkdir -p "${RESULTS}"
  kind_up
  load_demo_image
  install_charts
  wait_ready
  start_forwards
  trap stop_forwards EXIT
  watchdog & WATCHDOG_PID=$!
  export_endpoints
  wait_for_forwards
  say "running TestE2E"
  if ! (cd "${ROOT}" && dotnet msbuild -t:TestE2E -nologo); then
    collect_logs
    die "E2E scenarios failed: TRX files, evidence and cluster logs are in ${RESULTS}"
  fi
}

case "${1:-}" in
  check-tools) check_tools ;;
  kind-up) check_tools; kind_up ;;
  kind-down) command -v kind >/dev/null 2>&1 || die "kind is not installed."; kind_down ;;
  test-e2e) test_e2e ;;
  *) die "usage: $0 check-tools|kind-up|kind-down|test-e2e" ;;
esac
