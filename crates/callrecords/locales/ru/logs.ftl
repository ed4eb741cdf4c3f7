# logs messages
