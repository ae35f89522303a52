-- A member is named by its memberId in every service and event; the guides' foreign keys follow the rename.
alter table known_member rename column code to member_id;
