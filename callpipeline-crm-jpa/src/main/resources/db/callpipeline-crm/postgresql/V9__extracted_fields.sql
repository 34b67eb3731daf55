-- What the model extracted, in the host's own schema: the schema's name and its fields as JSON, each with
-- its label ([{"name":"budget","label":"תקציב","value":"עד 2.5 מיליון"}]), instead of a column per
-- real-estate field. The real-estate columns' values move into it, then the columns go.
alter table callpipeline_call_transcript add column extraction_schema varchar(64);
alter table callpipeline_call_transcript add column extracted_fields text;

update callpipeline_call_transcript
   set extraction_schema = 'real-estate-lead',
       extracted_fields = json_build_array(
           json_build_object('name', 'budget', 'label', 'תקציב', 'value', lead_budget),
           json_build_object('name', 'rooms', 'label', 'חדרים', 'value', lead_rooms),
           json_build_object('name', 'area', 'label', 'אזור', 'value', lead_area),
           json_build_object('name', 'property_type', 'label', 'סוג נכס', 'value', lead_property_type),
           json_build_object('name', 'timeframe', 'label', 'מועד', 'value', lead_timeframe))::text
 where summary is not null;

alter table callpipeline_call_transcript drop column lead_budget;
alter table callpipeline_call_transcript drop column lead_rooms;
alter table callpipeline_call_transcript drop column lead_area;
alter table callpipeline_call_transcript drop column lead_property_type;
alter table callpipeline_call_transcript drop column lead_timeframe;
