# Properties family: client calls, item models, draft value type.
target_sources(switchboard_models PRIVATE
)
