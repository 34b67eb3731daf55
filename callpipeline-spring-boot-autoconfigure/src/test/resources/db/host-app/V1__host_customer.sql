-- A host CRM's own first migration, as Spring Boot's Flyway runs it from the host's location.
create table host_customer (
    id   bigint primary key,
    name varchar(200) not null
);
