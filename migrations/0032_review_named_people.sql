-- A review item can be resolved as a registration of the people the mail names (on the
-- sender's behalf), besides the sender's own registration, an idea, a question or nothing.
alter table review_items drop constraint review_items_resolution_check;
alter table review_items add constraint review_items_resolution_check
    check (resolution in ('registration', 'named_people', 'idea', 'question', 'ignore'));
