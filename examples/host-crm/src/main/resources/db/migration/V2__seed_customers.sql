insert into customer (full_name, mobile, notes) values ('ליאת לוי', '+972545551234', 'מחפשת דירת 4 חדרים');
insert into customer (full_name, mobile, notes) values ('Yossi Cohen', '+972501112233', null);
