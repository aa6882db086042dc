-- The phone and address each person gave on a matter (see ContactDetails). Existing matters take what their people's
-- records hold now: the best the register knows of the details given at the time.
create table matter_contact (
    matter_id     bigint not null references matter(id) on delete cascade,
    petitioner_id bigint not null references petitioner(id),
    phone         varchar(20),
    address       varchar(300),
    primary key (matter_id, petitioner_id)
);

insert into matter_contact (matter_id, petitioner_id, phone, address)
select m.id, p.id, p.phone, p.address
from matter m join petitioner p on p.id = m.petitioner_id
where p.phone is not null or p.address is not null
union
select r.matter_id, p.id, p.phone, p.address
from matter_representative r join petitioner p on p.id = r.petitioner_id
where p.phone is not null or p.address is not null;
