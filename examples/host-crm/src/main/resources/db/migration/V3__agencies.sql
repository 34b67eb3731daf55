-- The host serves two agencies: each customer is one agency's, and a number is unique within an agency only.
alter table customer add column agency varchar(64) not null default 'tlv';
alter table customer drop constraint customer_mobile_key;
alter table customer add constraint customer_agency_mobile_key unique (agency, mobile);
insert into customer (full_name, mobile, notes, agency) values ('דנה מזרחי', '+972545551234', 'לקוחה של סניף חיפה', 'haifa');
