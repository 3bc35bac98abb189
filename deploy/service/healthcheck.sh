#!/bin/bash
# The container's health: the service's readiness (/actuator/health/readiness answers 200 while it takes requests),
# asked over bash's own TCP, so the image needs no HTTP client.
exec 3<>"/dev/tcp/127.0.0.1/${SERVER_PORT:?}" || exit 1
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t 5 status_line <&3 || exit 1
[[ "$status_line" == *" 200 "* ]]
