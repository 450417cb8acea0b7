/* selecttest: an ordinary libc program using select(2) (musl calls the
 * i386 _newselect, 142), the way many course programs wait on sockets:
 * readability, writability, a pending connection, end of file, a timeout
 * with the time left written back, and the errors.  Compared with Linux. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/select.h>
#include <sys/socket.h>

static void show(const char *what, int r, fd_set *rd, fd_set *wr, int a, int b)
{
	if (r < 0) {
		printf("%s: -1 %s\n", what, errno == EBADF ? "EBADF" : errno == EINVAL ? "EINVAL" : "other");
		return;
	}
	printf("%s: %d", what, r);
	if (rd)
		printf(" readable:%s%s", a >= 0 && FD_ISSET(a, rd) ? " a" : "", b >= 0 && FD_ISSET(b, rd) ? " b" : "");
	if (wr)
		printf(" writable:%s%s", a >= 0 && FD_ISSET(a, wr) ? " a" : "", b >= 0 && FD_ISSET(b, wr) ? " b" : "");
	printf("\n");
}

int main(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t len = sizeof(sa);
	struct timeval tv;
	fd_set rd, wr;
	int sv[2], l, c, s, r;
	char buf[8];

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	FD_ZERO(&rd); FD_SET(sv[0], &rd); FD_SET(sv[1], &rd);
	tv.tv_sec = 0; tv.tv_usec = 0;
	show("nothing to read, timeout 0", select(sv[1] + 1, &rd, NULL, NULL, &tv), &rd, NULL, sv[0], sv[1]);

	write(sv[0], "x", 1);
	FD_ZERO(&rd); FD_SET(sv[0], &rd); FD_SET(sv[1], &rd);
	FD_ZERO(&wr); FD_SET(sv[0], &wr);
	show("one byte sent to b", select(sv[1] + 1, &rd, &wr, NULL, NULL), &rd, &wr, sv[0], sv[1]);
	read(sv[1], buf, 1);

	FD_ZERO(&rd); FD_SET(sv[1], &rd);
	tv.tv_sec = 0; tv.tv_usec = 50000;
	r = select(sv[1] + 1, &rd, NULL, NULL, &tv);
	printf("timeout 50 ms: %d, time left written back: %s\n", r, tv.tv_sec == 0 && tv.tv_usec == 0 ? "0" : "other");

	close(sv[0]);
	FD_ZERO(&rd); FD_SET(sv[1], &rd);
	show("peer closed: end of file is readable", select(sv[1] + 1, &rd, NULL, NULL, NULL), &rd, NULL, -1, sv[1]);
	close(sv[1]);

	l = socket(AF_INET, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&sa, sizeof(sa));
	listen(l, 4);
	getsockname(l, (struct sockaddr *)&sa, &len);
	c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&sa, sizeof(sa));
	FD_ZERO(&rd); FD_SET(l, &rd);
	show("listener with a pending connection", select(l + 1, &rd, NULL, NULL, NULL), &rd, NULL, l, -1);
	s = accept(l, NULL, NULL);
	FD_ZERO(&wr); FD_SET(c, &wr); FD_SET(s, &wr);
	show("both ends of a new connection", select((c > s ? c : s) + 1, NULL, &wr, NULL, NULL), NULL, &wr, c, s);
	close(s); close(c); close(l);

	FD_ZERO(&rd); FD_SET(l, &rd);
	show("a closed descriptor", select(l + 1, &rd, NULL, NULL, NULL), NULL, NULL, 0, 0);
	show("nfds -1", select(-1, NULL, NULL, NULL, NULL), NULL, NULL, 0, 0);
	tv.tv_sec = -1; tv.tv_usec = 0;
	show("negative timeout", select(0, NULL, NULL, NULL, &tv), NULL, NULL, 0, 0);
	return 0;
}
