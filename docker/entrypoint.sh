#!/bin/sh
# Runs the dealstream command line with the image's JVM options; arguments are the subcommand
# and its options (`extractor`, `aggregator`, `feed /app/samples`, `query health --url ...`).
set -e
# JAVA_OPTS is split on spaces on purpose: it holds several JVM flags.
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} -Ddealstream.home=/app -cp "/app/dealstream-cli.jar:/app/lib/*" io.dealstream.cli.Main "$@"
