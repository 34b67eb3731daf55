-- One row of ours per customer of the host's (HostCustomers): the host's id is unique when present.
create unique index callpipeline_customer_external_ref_uq on callpipeline_customer (external_ref);
