-- swapOrderAbnormalHandle by a partner: the operator is the one the partner names in the body, and the partner's
-- app key (the verified signed caller) is kept beside it, so a handled order always says who vouched for the
-- operator. Null when operations handled the order (the operator then is the verified OPS caller).
ALTER TABLE swap_order ADD COLUMN operator_app_key VARCHAR(128) NULL COMMENT 'app key of the partner that handled the order' AFTER operator_name;
