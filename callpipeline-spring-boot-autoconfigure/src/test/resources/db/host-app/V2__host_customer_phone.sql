alter table host_customer add column phone varchar(32);
