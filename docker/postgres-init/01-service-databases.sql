-- One database per service that owns data, owned by a same-named role (docs/conventions.md).
-- Adding a service: add its two lines here and to DATABASES in the `hotline` script.
CREATE ROLE membership LOGIN;
CREATE DATABASE membership OWNER membership;
CREATE ROLE guides LOGIN;
CREATE DATABASE guides OWNER guides;
CREATE ROLE call_log LOGIN;
CREATE DATABASE call_log OWNER call_log;
