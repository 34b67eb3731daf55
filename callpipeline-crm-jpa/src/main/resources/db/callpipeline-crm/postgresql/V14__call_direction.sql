-- A call's direction was kept as the provider's own word (Twilio's inbound, outbound-api, outbound-dial,
-- trunking-originating, trunking-terminating); it is now one of two words, INBOUND or OUTBOUND, so nothing
-- past the Twilio adapter reads Twilio's spelling. A trunk's call is named from the PBX's side: originating
-- leaves it for the phone network (we called out), terminating comes in. A word that is neither is unknown.
update callpipeline_call_log set direction = case
        when lower(direction) in ('inbound', 'trunking-terminating') then 'INBOUND'
        when lower(direction) like 'outbound%' or lower(direction) = 'trunking-originating' then 'OUTBOUND'
    end
    where direction is not null;
