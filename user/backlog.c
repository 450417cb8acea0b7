/* backlog: more clients than the listen backlog holds.  listen(fd, 1)
 * lets two connections complete; the third client's SYN is dropped, as on
 * Linux, and its blocking connect() only succeeds because the SYN is sent
 * again a second later, after the server has accepted and made room.
 * Only the parent prints, after collecting every child, so the transcript
 * does not depend on scheduling. */
#include "ulib.h"
#include "linux/in.h"

#define CLIENTS 3

int main(void)
{
	struct sockaddr_in a;
	socklen_t len = sizeof(a);
	int l, fd, status, connected = 0, accepted = 0;
	char c;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	l = socket(AF_INET, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&a, sizeof(a));
	listen(l, 1);
	getsockname(l, (struct sockaddr *)&a, &len);

	for (int i = 0; i < CLIENTS; i++)
		if (fork() == 0) {
			close(l);
			fd = socket(AF_INET, SOCK_STREAM, 0);
			if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0)
				exit(1);
			c = 'a' + i;
			send(fd, &c, 1, 0);
			exit(0);
		}

	{	/* let all three try before anyone is accepted */
		struct timespec ts = { 0, 300 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	for (int i = 0; i < CLIENTS; i++) {
		fd = accept(l, NULL, NULL);
		if (fd >= 0 && recv(fd, &c, 1, MSG_WAITALL) == 1)
			accepted++;
		close(fd);
	}
	for (int i = 0; i < CLIENTS; i++) {
		wait4(-1, &status, 0, NULL);
		if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
			connected++;
	}
	printf("backlog: %d of %d clients connected, %d accepted with their byte\n", connected, CLIENTS, accepted);
	return 0;
}
