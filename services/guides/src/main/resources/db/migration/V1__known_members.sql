-- Members as membership announces them (member.* events): a guide can only be owned by a member known here.
create table known_member (
    code   varchar(8)   primary key,
    name   varchar(200) not null,
    kind   varchar(16)  not null,
    status varchar(16)  not null,
    -- Time of the event that last changed the row: an older event arriving late changes nothing.
    as_of  timestamptz  not null
);
