-- Each recording's processing record (callpipeline-core's CallRecord as JSON), saved after every step.
create table callpipeline_call_record (
    recording_sid varchar(34) not null primary key,
    call_sid      varchar(34) not null,
    stage         varchar(16) not null,
    record_json   text        not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index callpipeline_call_record_stage_idx on callpipeline_call_record (stage);

-- db-scheduler's table, under a name of our own so it never meets a host's own db-scheduler table.
create table callpipeline_scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index callpipeline_tasks_execution_time_idx on callpipeline_scheduled_tasks (execution_time);
create index callpipeline_tasks_last_heartbeat_idx on callpipeline_scheduled_tasks (last_heartbeat);
create index callpipeline_tasks_priority_time_idx on callpipeline_scheduled_tasks (priority desc, execution_time asc);
