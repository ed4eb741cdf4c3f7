# chart messages
