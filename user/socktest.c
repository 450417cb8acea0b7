/* socktest: the socket conformance probe.  One line per case,
 * "<call>: <result> [values]", in numbered sections; the transcript on
 * Linux (tests/golden/socktest.txt) is the oracle our kernel must match
 * byte for byte.  Usage: socktest [SECTION-NAME-OR-NUMBER], default all. */
#include "ulib.h"
#include "linux/tcp.h"

#define KADDR   ((void *)0xC0000000)    /* kernel half: never a user pointer */
#define SA(p)   ((struct sockaddr *)(p))
#define IP(a, b, c, d) ((__u32)(a) << 24 | (b) << 16 | (c) << 8 | (d))
#define LO      IP(127, 0, 0, 1)
#define NOSIG   MSG_NOSIGNAL
#define ARRAY_SIZE(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Fixed ports sit above Linux's ephemeral range (32768..60999), so a
 * client connection on the host can never hold them by chance. */
#define PORT_A  61400
#define PORT_B  61401

static char big[128 * 1024];            /* bulk and oversized payloads */
static char bigin[128 * 1024];

/* ------------------------------------------------------------------ */
/* Formatting.  Results are built in a small ring of static buffers so  */
/* several can appear in one printf.                                     */

static char *nextbuf(void)
{
	static char ring[16][160];
	static int slot;

	return ring[slot++ & 15];
}

/* The result of a call, errno already captured by the caller. */
static const char *res(long r, int e)
{
	char *b = nextbuf();

	if (r < 0)
		snprintf(b, 160, "-1 %s", errno_name(e));
	else
		snprintf(b, 160, "%ld", r);
	return b;
}

/* "desc: result".  errno is read first thing, before anything else can
 * change it, so the call must come right before. */
static void show(long r, const char *desc)
{
	int e = errno;

	printf("%s: %s\n", desc, res(r, e));
	errno = 0;
}

/* "desc: result extra" */
static void showx(long r, const char *desc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void showx(long r, const char *desc, const char *fmt, ...)
{
	int e = errno;
	char extra[400];
	va_list ap;

	/* values are only meaningful when the call worked */
	if (r < 0) {
		printf("%s: %s\n", desc, res(r, e));
	} else {
		va_start(ap, fmt);
		vsnprintf(extra, sizeof(extra), fmt, ap);
		va_end(ap);
		printf("%s: %s %s\n", desc, res(r, e), extra);
	}
	errno = 0;
}

/* "desc: values" for observations that are not one call's result */
static void note(const char *desc, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void note(const char *desc, const char *fmt, ...)
{
	char text[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	printf("%s: %s\n", desc, text);
}

/* A formatted description, for show()/showx(). */
static const char *D(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static const char *D(const char *fmt, ...)
{
	char *b = nextbuf();
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(b, 160, fmt, ap);
	va_end(ap);
	return b;
}

static const char *yn(int c) { return c ? "yes" : "no"; }

/* Ephemeral ports differ from run to run: print the range, not the number. */
static const char *port_str(int port)
{
	char *b = nextbuf();

	if (port >= 32768 && port <= 60999)
		return "ephemeral";
	snprintf(b, 160, "%d", port);
	return b;
}

/* An address as the kernel returned it, len bytes of it. */
static const char *A(const void *p, unsigned int len)
{
	const struct sockaddr *sa = p;
	char *b = nextbuf();

	if (len < sizeof(sa_family_t)) {
		snprintf(b, 160, "(len %u)", len);
		return b;
	}
	if (sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *s = p;
		__u32 ip = ntohl(s->sin_addr.s_addr);

		snprintf(b, 160, "%u.%u.%u.%u:%s", ip >> 24, ip >> 16 & 255,
			 ip >> 8 & 255, ip & 255, port_str(ntohs(s->sin_port)));
	} else if (sa->sa_family == AF_UNIX) {
		const struct sockaddr_un *u = p;
		unsigned int n = len - sizeof(sa_family_t), i;
		int o;

		if (n == 0)
			return "unix:unnamed";
		/* abstract names: '@' for the leading NUL, the rest escaped */
		o = snprintf(b, 160, "unix:%s", u->sun_path[0] ? "" : "@");
		for (i = u->sun_path[0] ? 0 : 1; i < n && o < 150; i++) {
			unsigned char c = u->sun_path[i];

			if (u->sun_path[0] && !c)
				break;
			if (c >= 32 && c < 127)
				b[o++] = c;
			else
				o += snprintf(b + o, 160 - o, "\\%o", c);
		}
		b[o] = 0;
	} else {
		snprintf(b, 160, "family=%d/len=%u", sa->sa_family, len);
	}
	return b;
}

/* Data for printing: at most 40 bytes, quoted, non-printables escaped. */
static const char *Q(const void *p, long n)
{
	const unsigned char *s = p;
	char *b = nextbuf();
	int o = 0;
	long i;

	if (n < 0)
		return "\"\"";
	b[o++] = '"';
	for (i = 0; i < n && i < 40; i++) {
		if (s[i] >= 32 && s[i] < 127 && s[i] != '"' && s[i] != '\\')
			b[o++] = s[i];
		else
			o += snprintf(b + o, 160 - o, "\\x%02x", s[i]);
	}
	if (n > 40)
		o += snprintf(b + o, 160 - o, "...");
	b[o++] = '"';
	b[o] = 0;
	return b;
}

/* poll revents / msg flags / file flags as names, in a fixed order */
static const char *bits(unsigned int v, const unsigned int *val,
			const char *const *name, int n)
{
	char *b = nextbuf();
	int o = 0, i;

	b[0] = 0;
	for (i = 0; i < n; i++) {
		if (v & val[i]) {
			o += snprintf(b + o, 160 - o, "%s%s", o ? "|" : "", name[i]);
			v &= ~val[i];
		}
	}
	if (v)
		o += snprintf(b + o, 160 - o, "%s0x%x", o ? "|" : "", v);
	if (!o)
		snprintf(b, 160, "0");
	return b;
}

static const char *EV(int revents)
{
	static const unsigned int v[] = { POLLIN, POLLPRI, POLLOUT, POLLERR,
		POLLHUP, POLLNVAL, POLLRDHUP };
	static const char *const n[] = { "POLLIN", "POLLPRI", "POLLOUT",
		"POLLERR", "POLLHUP", "POLLNVAL", "POLLRDHUP" };

	return bits((unsigned short)revents, v, n, ARRAY_SIZE(v));
}

static const char *MF(unsigned int flags)
{
	static const unsigned int v[] = { MSG_OOB, MSG_CTRUNC, MSG_TRUNC,
		MSG_EOR, MSG_ERRQUEUE };
	static const char *const n[] = { "MSG_OOB", "MSG_CTRUNC", "MSG_TRUNC",
		"MSG_EOR", "MSG_ERRQUEUE" };

	return bits(flags, v, n, ARRAY_SIZE(v));
}

static const char *FL(int flags)
{
	static const unsigned int v[] = { O_NONBLOCK, O_APPEND };
	static const char *const n[] = { "O_NONBLOCK", "O_APPEND" };
	static const char *const acc[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE" };
	char *b = nextbuf();

	if (flags < 0)
		return "?";
	if (flags & ~O_ACCMODE)
		snprintf(b, 160, "%s|%s", acc[flags & O_ACCMODE],
			 bits(flags & ~O_ACCMODE, v, n, ARRAY_SIZE(v)));
	else
		snprintf(b, 160, "%s", acc[flags & O_ACCMODE]);
	return b;
}

/* ------------------------------------------------------------------ */
/* Socket helpers.  Setup steps print only when they fail, which on     */
/* Linux is never: a failure shows up as an extra line in the diff.      */

static struct sockaddr_in sin_of(__u32 ip, int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((__u16)port);
	a.sin_addr.s_addr = htonl(ip);
	return a;
}

/* An abstract AF_UNIX name: sun_path[0] = 0, then name (no NUL).  The
 * address length is what makes the name: family + NUL + strlen(name). */
static socklen_t sun_abstract(struct sockaddr_un *u, const char *name)
{
	size_t n = strlen(name);

	memset(u, 0, sizeof(*u));
	u->sun_family = AF_UNIX;
	memcpy(u->sun_path + 1, name, n);
	return (socklen_t)(sizeof(sa_family_t) + 1 + n);
}

static void setup_fail(const char *what)
{
	int e = errno;

	printf("setup failed: %s: %s\n", what, errno_name(e));
}

static int mksock(int domain, int type)
{
	int fd = socket(domain, type, 0);

	if (fd < 0)
		setup_fail("socket");
	return fd;
}

static struct sockaddr_in local_of(int fd)
{
	struct sockaddr_in a;
	socklen_t len = sizeof(a);

	memset(&a, 0, sizeof(a));
	if (getsockname(fd, SA(&a), &len) < 0)
		setup_fail("getsockname");
	return a;
}

static int same_in(const struct sockaddr_in *a, const struct sockaddr_in *b)
{
	return a->sin_family == b->sin_family && a->sin_port == b->sin_port &&
	       a->sin_addr.s_addr == b->sin_addr.s_addr;
}

/* A UDP socket bound to 127.0.0.1:ephemeral; its address in *addr. */
static int udp_bound(struct sockaddr_in *addr)
{
	struct sockaddr_in a = sin_of(LO, 0);
	int fd = mksock(AF_INET, SOCK_DGRAM);

	if (bind(fd, SA(&a), sizeof(a)) < 0)
		setup_fail("bind udp");
	if (addr)
		*addr = local_of(fd);
	return fd;
}

/* A TCP listener on 127.0.0.1:ephemeral.  SO_REUSEADDR so TIME_WAIT
 * leftovers of accepted connections never matter. */
static int tcp_listener(struct sockaddr_in *addr, int backlog)
{
	struct sockaddr_in a = sin_of(LO, 0);
	int fd = mksock(AF_INET, SOCK_STREAM), one = 1;

	if (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) < 0)
		setup_fail("SO_REUSEADDR");
	if (bind(fd, SA(&a), sizeof(a)) < 0)
		setup_fail("bind tcp");
	if (listen(fd, backlog) < 0)
		setup_fail("listen");
	if (addr)
		*addr = local_of(fd);
	return fd;
}

static int tcp_client(const struct sockaddr_in *to)
{
	int fd = mksock(AF_INET, SOCK_STREAM);

	if (connect(fd, SA(to), sizeof(*to)) < 0)
		setup_fail("connect");
	return fd;
}

static int accept_one(int lfd)
{
	int fd = accept(lfd, NULL, NULL);

	if (fd < 0)
		setup_fail("accept");
	return fd;
}

/* A connected TCP pair: *c the client, *s the accepted end. */
static void tcp_pair(int *c, int *s)
{
	struct sockaddr_in la;
	int l = tcp_listener(&la, 4);

	*c = tcp_client(&la);
	*s = accept_one(l);
	close(l);
}

static void msleep(int ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	nanosleep(&ts, NULL);
}

static int geti(int fd, int level, int name)
{
	int v = -12345;
	socklen_t len = sizeof(v);

	if (getsockopt(fd, level, name, &v, &len) < 0)
		return -errno - 1000;
	return v;
}

/* SO_ERROR as an errno name ("0" when clear); reading it clears it. */
static const char *soerr(int fd)
{
	int v = geti(fd, SOL_SOCKET, SO_ERROR);

	if (v <= -1000)
		return res(-1, -(v + 1000));
	return v ? errno_name(v) : "0";
}

static int seti(int fd, int level, int name, int v)
{
	return setsockopt(fd, level, name, &v, sizeof(v));
}

/* Read exactly n bytes (or until EOF/error); returns the count read. */
static long read_all(int fd, char *buf, long n)
{
	long got = 0, r;

	while (got < n) {
		r = recv(fd, buf + got, n - got, 0);
		if (r <= 0)
			break;
		got += r;
	}
	return got;
}

/* Nothing but 0, 1 and 2 is open: a section leaked no descriptor.  The
 * leaked ones are listed and closed, so later sections still start
 * clean.  (Checking only that dup() gives 3 would miss a leak above a
 * hole.) */
static void fds_clean(void)
{
	char list[200];
	int i, o = 0;

	list[0] = 0;
	for (i = 3; i < 1024; i++) {
		if (fcntl(i, F_GETFD, 0) < 0)
			continue;
		if (o < 180)
			o += snprintf(list + o, sizeof(list) - o, " %d", i);
		close(i);
	}
	if (o)
		printf("fds clean: no (open:%s)\n", list);
	else
		printf("fds clean: yes\n");
}

static const char *status_str(int st)
{
	char *b = nextbuf();

	if (WIFEXITED(st))
		snprintf(b, 160, "exited %d", WEXITSTATUS(st));
	else if (WIFSIGNALED(st))
		snprintf(b, 160, "killed by %s", signal_name(WTERMSIG(st)));
	else
		snprintf(b, 160, "status 0x%x", st);
	return b;
}

/* Raw system call results (-errno) in the libc convention, so show()
 * prints them like everything else. */
static long sysret(long r)
{
	if (r < 0 && r > -4096) {
		errno = (int)-r;
		return -1;
	}
	return r;
}

#define SC(nr, ...) sysret(sc6(nr, __VA_ARGS__))
static long sc6(long nr, long a, long b, long c, long d, long e, long f)
{
	return __syscall6(nr, a, b, c, d, e, f);
}
#define L(x) ((long)(x))

/* ------------------------------------------------------------------ */
/* 1. socketcall: the multiplexer and the direct calls 359..373.        */

static void sec_socketcall(void)
{
	unsigned long args[6];
	struct sockaddr_in a, b, peer;
	struct msghdr mh;
	struct iovec iov;
	struct mmsghdr mm;
	socklen_t len;
	char buf[64];
	int s, t, c, fd, sv[2], junk[2], v;
	long r;
	char *page;

	/* call numbers outside 1..20 */
	args[0] = AF_INET; args[1] = SOCK_DGRAM; args[2] = 0;
	show(SC(__NR_socketcall, 0, L(args), 0, 0, 0, 0), "socketcall(0, args)");
	show(SC(__NR_socketcall, 21, L(args), 0, 0, 0, 0), "socketcall(21, args)");
	show(SC(__NR_socketcall, -1, L(args), 0, 0, 0, 0), "socketcall(-1, args)");
	show(SC(__NR_socketcall, SYS_SOCKET, 0, 0, 0, 0, 0), "socketcall(SYS_SOCKET, NULL)");
	show(SC(__NR_socketcall, SYS_SOCKET, L(KADDR), 0, 0, 0, 0),
	     "socketcall(SYS_SOCKET, 0xC0000000)");
	r = SC(__NR_socketcall, SYS_SOCKET, L(args), 0, 0, 0, 0);
	show(r, "socketcall(SYS_SOCKET, {AF_INET, SOCK_DGRAM, 0})");
	close(r);

	/* The kernel copies exactly as many words as the sub-call takes:
	 * two readable words before an unmapped page are enough for
	 * listen, not for bind (three). */
	page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (page == MAP_FAILED) {
		setup_fail("mmap");
	} else {
		unsigned long *tail = (unsigned long *)(page + 4096 - 2 * sizeof(long));

		munmap(page + 4096, 4096);
		t = mksock(AF_INET, SOCK_STREAM);
		a = sin_of(LO, 0);
		bind(t, SA(&a), sizeof(a));
		tail[0] = t;
		tail[1] = 5;
		show(SC(__NR_socketcall, SYS_LISTEN, L(tail), 0, 0, 0, 0),
		     "socketcall(SYS_LISTEN, 2 words before a hole)");
		show(SC(__NR_socketcall, SYS_BIND, L(tail), 0, 0, 0, 0),
		     "socketcall(SYS_BIND, 2 words before a hole)");
		close(t);
		munmap(page, 4096);
	}

	/* The direct calls: one success and one failure each. */
	s = SC(__NR_socket, AF_INET, SOCK_DGRAM, 0, 0, 0, 0);
	show(s, "socket(359) AF_INET SOCK_DGRAM");
	show(SC(__NR_socket, AF_INET, 12, 0, 0, 0, 0), "socket(359) type 12");

	r = SC(__NR_socketpair, AF_UNIX, SOCK_STREAM, 0, L(sv), 0, 0);
	showx(r, "socketpair(360) AF_UNIX SOCK_STREAM", "sv=%d,%d", sv[0], sv[1]);
	/* Linux writes the two reserved descriptor numbers to sv[] before
	 * it creates the sockets, so even a failed call overwrites the
	 * array (qemu-user does not): give it one we do not need. */
	show(SC(__NR_socketpair, AF_INET, SOCK_STREAM, 0, L(junk), 0, 0),
	     "socketpair(360) AF_INET");

	a = sin_of(LO, 0);
	show(SC(__NR_bind, s, L(&a), sizeof(a), 0, 0, 0), "bind(361) 127.0.0.1:0");
	show(SC(__NR_bind, s, L(&a), sizeof(a), 0, 0, 0), "bind(361) again");

	a = local_of(s);
	show(SC(__NR_connect, s, L(&a), sizeof(a), 0, 0, 0), "connect(362) udp to itself");
	show(SC(__NR_connect, s, L(&a), 3, 0, 0, 0), "connect(362) addrlen 3");

	t = mksock(AF_INET, SOCK_STREAM);
	b = sin_of(LO, 0);
	bind(t, SA(&b), sizeof(b));
	b = local_of(t);
	show(SC(__NR_listen, t, 5, 0, 0, 0, 0), "listen(363) tcp");
	show(SC(__NR_listen, s, 5, 0, 0, 0, 0), "listen(363) udp");

	c = tcp_client(&b);
	fd = SC(__NR_accept4, t, 0, 0, 0, 0, 0);
	show(fd, "accept4(364) pending connection");
	show(SC(__NR_accept4, s, 0, 0, 0, 0, 0), "accept4(364) udp");

	v = 0;
	len = sizeof(v);
	r = SC(__NR_getsockopt, s, SOL_SOCKET, SO_TYPE, L(&v), L(&len), 0);
	showx(r, "getsockopt(365) SO_TYPE", "value=%d optlen=%u", v, len);
	len = sizeof(v);
	show(SC(__NR_getsockopt, s, SOL_SOCKET, 9999, L(&v), L(&len), 0),
	     "getsockopt(365) option 9999");

	v = 1;
	show(SC(__NR_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, L(&v), sizeof(v), 0),
	     "setsockopt(366) SO_REUSEADDR");
	show(SC(__NR_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, L(&v), 0, 0),
	     "setsockopt(366) optlen 0");

	len = sizeof(peer);
	r = SC(__NR_getsockname, s, L(&peer), L(&len), 0, 0, 0);
	showx(r, "getsockname(367) udp", "addr=%s", A(&peer, len));
	len = sizeof(peer);
	show(SC(__NR_getsockname, 1, L(&peer), L(&len), 0, 0, 0), "getsockname(367) fd 1");

	len = sizeof(peer);
	r = SC(__NR_getpeername, s, L(&peer), L(&len), 0, 0, 0);
	showx(r, "getpeername(368) connected udp", "addr=%s", A(&peer, len));
	len = sizeof(peer);
	show(SC(__NR_getpeername, t, L(&peer), L(&len), 0, 0, 0), "getpeername(368) listener");

	show(SC(__NR_sendto, s, L("raw"), 3, 0, L(&a), sizeof(a)), "sendto(369) to itself");
	show(SC(__NR_sendto, 99, L("raw"), 3, 0, L(&a), sizeof(a)), "sendto(369) fd 99");

	memset(&mh, 0, sizeof(mh));
	iov.iov_base = "msg!";
	iov.iov_len = 4;
	mh.msg_iov = &iov;
	mh.msg_iovlen = 1;
	show(SC(__NR_sendmsg, s, L(&mh), 0, 0, 0, 0), "sendmsg(370) connected udp");
	{
		int u = mksock(AF_INET, SOCK_DGRAM);

		show(SC(__NR_sendmsg, u, L(&mh), 0, 0, 0, 0), "sendmsg(370) unconnected, no address");
		close(u);
	}

	len = sizeof(peer);
	r = SC(__NR_recvfrom, s, L(buf), sizeof(buf), 0, L(&peer), L(&len));
	showx(r, "recvfrom(371)", "data=%s from=%s", Q(buf, r), A(&peer, len));
	iov.iov_base = buf;
	iov.iov_len = sizeof(buf);
	mh.msg_name = &peer;
	mh.msg_namelen = sizeof(peer);
	r = SC(__NR_recvmsg, s, L(&mh), 0, 0, 0, 0);
	showx(r, "recvmsg(372)", "data=%s namelen=%d", Q(buf, r), mh.msg_namelen);
	show(SC(__NR_recvfrom, s, L(buf), sizeof(buf), MSG_DONTWAIT, 0, 0),
	     "recvfrom(371) empty, MSG_DONTWAIT");
	show(SC(__NR_recvmsg, s, L(&mh), MSG_DONTWAIT, 0, 0, 0), "recvmsg(372) empty, MSG_DONTWAIT");

	memset(&mm, 0, sizeof(mm));
	iov.iov_base = "mm";
	iov.iov_len = 2;
	mm.msg_hdr.msg_iov = &iov;
	mm.msg_hdr.msg_iovlen = 1;
	r = SC(__NR_sendmmsg, s, L(&mm), 1, 0, 0, 0);
	showx(r, "sendmmsg(345) 1 message", "msg_len=%u", mm.msg_len);
	iov.iov_base = buf;
	iov.iov_len = sizeof(buf);
	mm.msg_len = 0;
	r = SC(__NR_recvmmsg, s, L(&mm), 1, 0, 0, 0);
	showx(r, "recvmmsg(337) 1 message", "msg_len=%u data=%s", mm.msg_len, Q(buf, mm.msg_len));
	show(SC(__NR_recvmmsg, s, L(&mm), 1, MSG_DONTWAIT, 0, 0), "recvmmsg(337) empty, MSG_DONTWAIT");

	show(SC(__NR_shutdown, c, SHUT_RDWR, 0, 0, 0, 0), "shutdown(373) connected tcp");
	show(SC(__NR_shutdown, s, 7, 0, 0, 0, 0), "shutdown(373) how 7");

	close(fd);
	close(c);
	close(t);
	close(s);
	close(sv[0]);
	close(sv[1]);
}

/* ------------------------------------------------------------------ */
/* 2. socket(): families, types, protocols, flags, descriptors.        */

static void sec_socket(void)
{
	struct sockaddr_in a = sin_of(LO, 0), b;
	socklen_t len;
	int fd, fd2, fd3, fd4, r, junk[2];
	char c;

	show(socket(200, SOCK_STREAM, 0), "socket(200, SOCK_STREAM, 0)");
	show(socket(-1, SOCK_STREAM, 0), "socket(-1, SOCK_STREAM, 0)");
	show(socket(AF_INET, 12, 0), "socket(AF_INET, 12, 0)");
	show(socket(AF_INET, -1, 0), "socket(AF_INET, -1, 0)");
	show(socket(AF_INET, 0, 0), "socket(AF_INET, 0, 0)");
	show(socket(AF_INET, SOCK_STREAM, IPPROTO_UDP), "socket(AF_INET, SOCK_STREAM, IPPROTO_UDP)");
	show(socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP), "socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP)");
	show(socket(AF_INET, SOCK_STREAM, 99), "socket(AF_INET, SOCK_STREAM, 99)");
	show(socket(AF_UNIX, SOCK_STREAM, 2), "socket(AF_UNIX, SOCK_STREAM, 2)");
	show(socket(AF_UNIX, SOCK_RDM, 0), "socket(AF_UNIX, SOCK_RDM, 0)");

	/* A protocol out of range, for every type: AF_INET checks the range
	 * (0..IPPROTO_MAX-1) before it looks at the type; AF_UNIX knows one
	 * protocol (0 or PF_UNIX) and checks that first too.  Type 11 is
	 * past SOCK_MAX, refused before the family sees it.  (SOCK_PACKET is
	 * left out: Linux turns AF_INET SOCK_PACKET into AF_PACKET.) */
	{
		static const int fam[2] = { AF_INET, AF_UNIX };
		static const int type[7] = { SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM,
					     SOCK_SEQPACKET, 6, 11 };
		static const int proto[4] = { -1, (int)0x80000000, 263, 1000 };
		char line[200];
		int f, t, p, o, e;

		for (f = 0; f < 2; f++)
			for (p = 0; p < 4; p++) {
				o = 0;
				for (t = 0; t < 7; t++) {
					fd = socket(fam[f], type[t], proto[p]);
					e = errno;
					o += snprintf(line + o, sizeof(line) - o, " %s", fd < 0 ? errno_name(e) : "ok");
					if (fd >= 0)
						close(fd);
				}
				note(D("socket(%s, type 1 2 3 4 5 6 11, %d)", fam[f] == AF_INET ? "AF_INET" : "AF_UNIX",
				       proto[p]), "%s", line + 1);
			}
		show(socketpair(AF_UNIX, SOCK_STREAM, -1, junk), "socketpair(AF_UNIX, SOCK_STREAM, -1)");
		show(socketpair(AF_INET, SOCK_STREAM, -1, junk), "socketpair(AF_INET, SOCK_STREAM, -1)");
	}

	/* Each success takes the lowest free descriptor. */
	fd = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
	show(fd, "socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)");
	fd2 = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
	show(fd2, "socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP)");
	fd3 = socket(AF_UNIX, SOCK_STREAM, 0);
	show(fd3, "socket(AF_UNIX, SOCK_STREAM, 0)");
	show(close(fd2), "close(4)");
	fd2 = socket(AF_UNIX, SOCK_DGRAM, 0);
	show(fd2, "socket(AF_UNIX, SOCK_DGRAM, 0) after close(4)");
	fd4 = socket(AF_UNIX, SOCK_SEQPACKET, 0);
	show(fd4, "socket(AF_UNIX, SOCK_SEQPACKET, 0)");
	note("SO_TYPE of the four", "%d %d %d %d", geti(fd, SOL_SOCKET, SO_TYPE),
	      geti(fd2, SOL_SOCKET, SO_TYPE), geti(fd3, SOL_SOCKET, SO_TYPE),
	      geti(fd4, SOL_SOCKET, SO_TYPE));
	close(fd4);
	close(fd3);
	close(fd2);
	close(fd);

	/* Linux quietly turns an AF_UNIX SOCK_RAW socket into SOCK_DGRAM. */
	fd = socket(AF_UNIX, SOCK_RAW, 0);
	showx(fd, "socket(AF_UNIX, SOCK_RAW, 0)", "SO_TYPE=%d", geti(fd, SOL_SOCKET, SO_TYPE));
	close(fd);
	fd = socket(AF_UNIX, SOCK_STREAM, PF_UNIX);
	show(fd, "socket(AF_UNIX, SOCK_STREAM, PF_UNIX)");
	close(fd);

	/* Creation flags, seen through fcntl */
	fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	showx(fd, "socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK, 0)", "F_GETFL=%s F_GETFD=%d SO_TYPE=%d",
	      FL(fcntl(fd, F_GETFL, 0)), fcntl(fd, F_GETFD, 0), geti(fd, SOL_SOCKET, SO_TYPE));
	close(fd);
	fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	showx(fd, "socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC, 0)", "F_GETFL=%s F_GETFD=%d",
	      FL(fcntl(fd, F_GETFL, 0)), fcntl(fd, F_GETFD, 0));
	close(fd);
	fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	showx(fd, "socket(AF_UNIX, SOCK_DGRAM|SOCK_NONBLOCK|SOCK_CLOEXEC, 0)",
	      "F_GETFL=%s F_GETFD=%d", FL(fcntl(fd, F_GETFL, 0)), fcntl(fd, F_GETFD, 0));
	close(fd);
	fd = socket(AF_INET, SOCK_STREAM, 0);
	showx(fd, "socket(AF_INET, SOCK_STREAM, 0)", "F_GETFL=%s F_GETFD=%d",
	      FL(fcntl(fd, F_GETFL, 0)), fcntl(fd, F_GETFD, 0));
	close(fd);

	/* O_NONBLOCK set later with fcntl works like SOCK_NONBLOCK. */
	fd = udp_bound(NULL);
	show(fcntl(fd, F_SETFL, O_RDWR | O_NONBLOCK), "fcntl(udp, F_SETFL, O_NONBLOCK)");
	show(recv(fd, &c, 1, 0), "recv(udp made non-blocking by fcntl)");
	show(fcntl(fd, F_SETFL, O_RDWR), "fcntl(udp, F_SETFL, 0)");
	note("F_GETFL after clearing", "%s", FL(fcntl(fd, F_GETFL, 0)));
	close(fd);

	/* dup and dup2 share one socket; it lives until the last close. */
	fd = mksock(AF_INET, SOCK_DGRAM);
	fd2 = dup(fd);
	show(fd2, "dup(udp socket)");
	show(bind(fd, SA(&a), sizeof(a)), "bind(original, 127.0.0.1:0)");
	b = local_of(fd);
	{
		struct sockaddr_in c2 = local_of(fd2);

		note("getsockname(dup)", "same address: %s", yn(same_in(&b, &c2)));
	}
	show(dup2(fd, 9), "dup2(udp socket, 9)");
	show(close(fd), "close(original)");
	show(close(fd2), "close(dup)");
	len = sizeof(b);
	r = getsockname(9, SA(&b), &len);
	showx(r, "getsockname(9) after closing the others", "addr=%s", A(&b, len));
	show(close(9), "close(9)");
	show(close(9), "close(9) again");

	/* Socket calls on descriptors that are not sockets or not open. */
	a = sin_of(LO, 0);
	show(bind(1, SA(&a), sizeof(a)), "bind(fd 1, stdout)");
	show(listen(1, 1), "listen(fd 1)");
	len = sizeof(b);
	show(getsockname(1, SA(&b), &len), "getsockname(fd 1)");
	show(send(1, "x", 1, 0), "send(fd 1)");
	r = 1;
	show(setsockopt(2, SOL_SOCKET, SO_REUSEADDR, &r, sizeof(r)), "setsockopt(fd 2, SO_REUSEADDR)");
	show(shutdown(1, SHUT_RDWR), "shutdown(fd 1)");
	show(bind(42, SA(&a), sizeof(a)), "bind(fd 42, not open)");
	show(listen(-1, 1), "listen(fd -1)");
	show(recv(42, &c, 1, 0), "recv(fd 42)");
	show(connect(42, SA(&a), sizeof(a)), "connect(fd 42)");
	show(accept(42, NULL, NULL), "accept(fd 42)");
	/* accept4 looks the descriptor up before it checks the flags (Linux
	 * 5.x on; 4.x checked the flags first).  qemu-user drops unknown
	 * accept4 flags, so only the bad-descriptor half is compared here;
	 * on a valid non-socket Linux says EINVAL, qemu ENOTSOCK. */
	show(accept4(42, NULL, NULL, 0x40), "accept4(fd 42, flags 0x40)");
	show(accept4(-1, NULL, NULL, ~0), "accept4(fd -1, flags ~0)");
}

/* ------------------------------------------------------------------ */
/* 3. Descriptor exhaustion.  The limit differs (Linux's RLIMIT_NOFILE */
/* vs. our table), so only the errors are printed, never counts.        */

static void sec_emfile(void)
{
	int fd, last = -1, n = 0, sv[2], i;

	while ((fd = socket(AF_INET, SOCK_DGRAM, 0)) >= 0) {
		last = fd;
		n++;
	}
	show(fd, "socket() until it fails");
	note("opened more than 16", "%s", yn(n > 16));
	show(dup(1), "dup(1) with the table full");
	show(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), "socketpair() with the table full");
	/* accept takes its new descriptor before it asks whether fd is a
	 * socket at all. */
	show(accept(1, NULL, NULL), "accept(fd 1, not a socket) with the table full");
	close(last);
	/* One free slot: socketpair needs two, and must not leak the one. */
	show(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), "socketpair() with one free slot");
	fd = socket(AF_INET, SOCK_DGRAM, 0);
	show(fd < 0 ? fd : 0, "socket() with one free slot");
	note("got the freed slot", "%s", yn(fd == last));
	for (i = 3; i <= last; i++)
		close(i);
}

/* ------------------------------------------------------------------ */
/* 4. bind() and getsockname().                                         */

static void sec_bind(void)
{
	struct sockaddr_in a, b;
	struct sockaddr_un un;
	unsigned char raw[32];
	socklen_t len;
	int u1, u2, t1, t2, r, i, ok;

	u1 = mksock(AF_INET, SOCK_DGRAM);
	len = sizeof(b);
	r = getsockname(u1, SA(&b), &len);
	showx(r, "getsockname(unbound udp)", "addr=%s addrlen=%u", A(&b, len), len);

	a = sin_of(LO, PORT_A);
	show(bind(u1, SA(&a), sizeof(a) - 1), "bind(udp, addrlen 15)");
	show(bind(u1, SA(&a), 0), "bind(udp, addrlen 0)");
	show(bind(u1, SA(&a), 129), "bind(udp, addrlen 129)");
	show(bind(u1, SA(&a), -1), "bind(udp, addrlen -1)");
	show(bind(u1, KADDR, sizeof(a)), "bind(udp, addr 0xC0000000)");
	show(bind(u1, NULL, sizeof(a)), "bind(udp, addr NULL)");
	a.sin_family = AF_UNIX;
	show(bind(u1, SA(&a), sizeof(a)), "bind(udp, sin_family AF_UNIX)");
	/* Linux's compatibility rule: AF_UNSPEC is taken as AF_INET, but
	 * only together with INADDR_ANY. */
	a.sin_family = AF_UNSPEC;
	show(bind(u1, SA(&a), sizeof(a)), "bind(udp, AF_UNSPEC 127.0.0.1)");
	a = sin_of(IP(10, 1, 2, 3), PORT_A);
	show(bind(u1, SA(&a), sizeof(a)), "bind(udp, 10.1.2.3:61400)");

	a = sin_of(LO, PORT_A);
	show(bind(u1, SA(&a), sizeof(a)), "bind(udp, 127.0.0.1:61400)");
	len = sizeof(b);
	r = getsockname(u1, SA(&b), &len);
	showx(r, "getsockname", "addr=%s addrlen=%u", A(&b, len), len);
	show(bind(u1, SA(&a), sizeof(a)), "bind(same socket again)");
	a = sin_of(LO, PORT_B);
	show(bind(u1, SA(&a), sizeof(a)), "bind(same socket, other port)");

	u2 = mksock(AF_INET, SOCK_DGRAM);
	a = sin_of(LO, PORT_A);
	show(bind(u2, SA(&a), sizeof(a)), "bind(2nd udp, 127.0.0.1:61400)");
	a = sin_of(INADDR_ANY, PORT_A);
	show(bind(u2, SA(&a), sizeof(a)), "bind(2nd udp, 0.0.0.0:61400)");
	a = sin_of(IP(127, 0, 0, 2), PORT_A);
	show(bind(u2, SA(&a), sizeof(a)), "bind(2nd udp, 127.0.0.2:61400)");
	len = sizeof(b);
	r = getsockname(u2, SA(&b), &len);
	showx(r, "getsockname(2nd udp)", "addr=%s", A(&b, len));

	/* TCP ports are a separate space from UDP ports. */
	t1 = mksock(AF_INET, SOCK_STREAM);
	a = sin_of(LO, PORT_A);
	show(bind(t1, SA(&a), sizeof(a)), "bind(tcp, 127.0.0.1:61400) while udp holds it");
	t2 = mksock(AF_INET, SOCK_STREAM);
	show(bind(t2, SA(&a), sizeof(a)), "bind(2nd tcp, 127.0.0.1:61400)");
	close(t2);
	close(t1);
	close(u2);
	close(u1);

	/* A wildcard bind blocks every specific address on that port. */
	t1 = mksock(AF_INET, SOCK_STREAM);
	a = sin_of(INADDR_ANY, PORT_B);
	show(bind(t1, SA(&a), sizeof(a)), "bind(tcp, 0.0.0.0:61401)");
	t2 = mksock(AF_INET, SOCK_STREAM);
	a = sin_of(LO, PORT_B);
	show(bind(t2, SA(&a), sizeof(a)), "bind(2nd tcp, 127.0.0.1:61401)");
	close(t2);
	close(t1);

	/* AF_UNSPEC + INADDR_ANY binds; port 0 means ephemeral. */
	u1 = mksock(AF_INET, SOCK_DGRAM);
	a = sin_of(INADDR_ANY, 0);
	a.sin_family = AF_UNSPEC;
	show(bind(u1, SA(&a), sizeof(a)), "bind(udp, AF_UNSPEC 0.0.0.0:0)");
	len = sizeof(b);
	r = getsockname(u1, SA(&b), &len);
	showx(r, "getsockname", "addr=%s", A(&b, len));
	u2 = mksock(AF_INET, SOCK_DGRAM);
	a = sin_of(LO, 0);
	show(bind(u2, SA(&a), sizeof(a)), "bind(udp, 127.0.0.1:0)");
	a = local_of(u2);
	note("two ephemeral ports", "differ: %s", yn(a.sin_port != b.sin_port));

	/* getsockname writes at most addrlen bytes but always reports the
	 * full length. */
	memset(raw, 0xAA, sizeof(raw));
	len = 4;
	r = getsockname(u2, SA(raw), &len);
	for (ok = 1, i = 4; i < (int)sizeof(raw); i++)
		ok &= raw[i] == 0xAA;
	showx(r, "getsockname(addrlen 4)", "addrlen=%u family=%d bytes past 4 untouched: %s",
	      len, raw[0] | raw[1] << 8, yn(ok));
	len = 0;
	r = getsockname(u2, SA(raw), &len);
	showx(r, "getsockname(addrlen 0)", "addrlen=%u", len);
	len = 64;
	r = getsockname(u2, SA(raw), &len);
	showx(r, "getsockname(addrlen 64)", "addrlen=%u", len);
	len = -1;
	show(getsockname(u2, SA(raw), &len), "getsockname(addrlen -1)");
	len = sizeof(b);
	show(getsockname(u2, KADDR, &len), "getsockname(addr 0xC0000000)");
	show(getsockname(u2, SA(&b), KADDR), "getsockname(addrlen ptr 0xC0000000)");
	show(getsockname(u2, SA(&b), NULL), "getsockname(addrlen ptr NULL)");
	close(u2);
	close(u1);

	/* TCP: bind twice, and an address of the wrong family on AF_UNIX. */
	t1 = mksock(AF_INET, SOCK_STREAM);
	a = sin_of(LO, 0);
	show(bind(t1, SA(&a), sizeof(a)), "bind(tcp, 127.0.0.1:0)");
	show(bind(t1, SA(&a), sizeof(a)), "bind(tcp again)");
	close(t1);
	t1 = mksock(AF_UNIX, SOCK_STREAM);
	show(bind(t1, SA(&a), sizeof(a)), "bind(unix, an AF_INET address)");
	sun_abstract(&un, "x");
	show(bind(t1, SA(&un), 1), "bind(unix, addrlen 1)");
	close(t1);
}

/* ------------------------------------------------------------------ */
/* 5. UDP: addresses, boundaries, truncation, peeking, connecting.      */

static void sec_udp(void)
{
	struct sockaddr_in aa, ba, from, x;
	struct msghdr mh;
	struct iovec iov[2];
	socklen_t len;
	char buf[64], buf2[8];
	int a, b, c, d;
	long r;

	a = udp_bound(&aa);
	b = udp_bound(&ba);
	note("udp sockets bound", "a=%s b=%s", A(&aa, sizeof(aa)), A(&ba, sizeof(ba)));

	show(sendto(b, "hello", 5, 0, SA(&aa), sizeof(aa)), "sendto(b->a, \"hello\")");
	memset(&from, 0, sizeof(from));
	len = sizeof(from);
	r = recvfrom(a, buf, sizeof(buf), 0, SA(&from), &len);
	showx(r, "recvfrom(a)", "data=%s addrlen=%u from b: %s", Q(buf, r), len, yn(same_in(&from, &ba)));

	/* Boundaries: two datagrams are two receives, however big the buffer. */
	sendto(b, "one", 3, 0, SA(&aa), sizeof(aa));
	sendto(b, "two2", 4, 0, SA(&aa), sizeof(aa));
	r = recv(a, buf, sizeof(buf), 0);
	showx(r, "recv(a) 1st of two", "data=%s", Q(buf, r));
	r = recv(a, buf, sizeof(buf), 0);
	showx(r, "recv(a) 2nd of two", "data=%s", Q(buf, r));

	/* A datagram of length 0 is still a datagram. */
	show(sendto(b, "", 0, 0, SA(&aa), sizeof(aa)), "sendto(b->a, 0 bytes)");
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) empty datagram");
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) MSG_DONTWAIT, queue empty");

	/* Truncation: the rest of the datagram is gone. */
	sendto(b, "truncated-datagram", 18, 0, SA(&aa), sizeof(aa));
	r = recv(a, buf2, 4, 0);
	showx(r, "recv(a, 4 bytes) of 18", "data=%s", Q(buf2, r));
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) after the truncated one");
	sendto(b, "truncated-datagram", 18, 0, SA(&aa), sizeof(aa));
	r = recv(a, buf2, 4, MSG_TRUNC);
	showx(r, "recv(a, 4 bytes, MSG_TRUNC) of 18", "data=%s", Q(buf2, 4));

	/* recvmsg reports truncation in msg_flags. */
	sendto(b, "truncated-datagram", 18, 0, SA(&aa), sizeof(aa));
	memset(&mh, 0, sizeof(mh));
	iov[0].iov_base = buf2;
	iov[0].iov_len = 5;
	mh.msg_iov = iov;
	mh.msg_iovlen = 1;
	mh.msg_name = &from;
	mh.msg_namelen = sizeof(from);
	mh.msg_flags = 0x12345;   /* output only: must be overwritten */
	r = recvmsg(a, &mh, 0);
	showx(r, "recvmsg(a, 5-byte iov) of 18", "data=%s msg_flags=%s msg_namelen=%d",
	      Q(buf2, r), MF(mh.msg_flags), mh.msg_namelen);
	sendto(b, "scatter-me", 10, 0, SA(&aa), sizeof(aa));
	iov[0].iov_len = 3;
	iov[1].iov_base = buf;
	iov[1].iov_len = sizeof(buf);
	mh.msg_iovlen = 2;
	mh.msg_flags = 0;
	r = recvmsg(a, &mh, 0);
	showx(r, "recvmsg(a, iov 3+64)", "first=%s second=%s msg_flags=%s", Q(buf2, 3),
	      Q(buf, r - 3), MF(mh.msg_flags));

	/* MSG_PEEK leaves the datagram queued. */
	sendto(b, "peek", 4, 0, SA(&aa), sizeof(aa));
	r = recv(a, buf, sizeof(buf), MSG_PEEK);
	showx(r, "recv(a, MSG_PEEK)", "data=%s", Q(buf, r));
	r = recv(a, buf, 2, MSG_PEEK);
	showx(r, "recv(a, 2 bytes, MSG_PEEK)", "data=%s", Q(buf, r));
	r = recv(a, buf, sizeof(buf), 0);
	showx(r, "recv(a) after peeking", "data=%s", Q(buf, r));
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) MSG_DONTWAIT");

	/* recvfrom without an address, and with a short one */
	sendto(b, "noaddr", 6, 0, SA(&aa), sizeof(aa));
	r = recvfrom(a, buf, sizeof(buf), 0, NULL, NULL);
	showx(r, "recvfrom(a, from NULL)", "data=%s", Q(buf, r));
	sendto(b, "short", 5, 0, SA(&aa), sizeof(aa));
	memset(&from, 0, sizeof(from));
	len = 4;
	r = recvfrom(a, buf, sizeof(buf), 0, SA(&from), &len);
	showx(r, "recvfrom(a, addrlen 4)", "addrlen=%u port copied: %s addr not copied: %s",
	      len, yn(from.sin_port == ba.sin_port), yn(from.sin_addr.s_addr == 0));

	/* Addressing errors */
	x = aa;
	show(sendto(b, "x", 1, 0, SA(&x), 8), "sendto(addrlen 8)");
	x.sin_family = AF_UNIX;
	show(sendto(b, "x", 1, 0, SA(&x), sizeof(x)), "sendto(sin_family AF_UNIX)");
	x = sin_of(LO, 0);
	show(sendto(b, "x", 1, 0, SA(&x), sizeof(x)), "sendto(port 0)");
	show(send(b, "x", 1, 0), "send(unconnected, no address)");
	show(sendto(b, "x", 1, 0, NULL, 0), "sendto(unconnected, NULL address)");

	/* sendto on a never-bound socket picks an ephemeral port. */
	c = mksock(AF_INET, SOCK_DGRAM);
	show(sendto(c, "auto", 4, 0, SA(&aa), sizeof(aa)), "sendto(never-bound c->a)");
	len = sizeof(x);
	r = getsockname(c, SA(&x), &len);
	showx(r, "getsockname(c)", "addr=%s", A(&x, len));
	len = sizeof(from);
	r = recvfrom(a, buf, sizeof(buf), 0, SA(&from), &len);
	showx(r, "recvfrom(a)", "data=%s from=%s same port as c: %s", Q(buf, r), A(&from, len),
	      yn(from.sin_port == x.sin_port));
	close(c);

	/* Connected UDP: a default destination, and a filter on receive. */
	c = mksock(AF_INET, SOCK_DGRAM);
	show(connect(c, SA(&aa), sizeof(aa)), "connect(c, a)");
	len = sizeof(x);
	r = getsockname(c, SA(&x), &len);
	showx(r, "getsockname(c)", "addr=%s", A(&x, len));
	len = sizeof(from);
	r = getpeername(c, SA(&from), &len);
	showx(r, "getpeername(c)", "addr=%s is a: %s", A(&from, len), yn(same_in(&from, &aa)));
	show(send(c, "conn", 4, 0), "send(c) without address");
	len = sizeof(from);
	r = recvfrom(a, buf, sizeof(buf), 0, SA(&from), &len);
	showx(r, "recvfrom(a)", "data=%s from c: %s", Q(buf, r), yn(same_in(&from, &x)));
	show(sendto(c, "over", 4, 0, SA(&ba), sizeof(ba)), "sendto(connected c, explicit address b)");
	r = recv(b, buf, sizeof(buf), MSG_DONTWAIT);
	showx(r, "recv(b)", "data=%s", Q(buf, r));

	/* a connects to c: datagrams from anyone else are dropped. */
	show(connect(a, SA(&x), sizeof(x)), "connect(a, c)");
	show(sendto(b, "from-b", 6, 0, SA(&aa), sizeof(aa)), "sendto(b->a) while a is connected to c");
	show(send(c, "from-c", 6, 0), "send(c->a)");
	r = recv(a, buf, sizeof(buf), MSG_DONTWAIT);
	showx(r, "recv(a)", "data=%s", Q(buf, r));
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) again");

	/* connect(AF_UNSPEC) dissolves the association. */
	d = mksock(AF_INET, SOCK_DGRAM);
	memset(&x, 0, sizeof(x));
	x.sin_family = AF_UNSPEC;
	show(connect(c, SA(&x), sizeof(x)), "connect(c, AF_UNSPEC)");
	len = sizeof(from);
	show(getpeername(c, SA(&from), &len), "getpeername(c) after AF_UNSPEC");
	show(send(c, "x", 1, 0), "send(c) after AF_UNSPEC");
	close(d);
	close(c);
	close(b);
	close(a);
}

/* ------------------------------------------------------------------ */
/* 6. UDP errors: ICMP port unreachable, sizes, bad buffers.           */

/* A port nobody listens on: bind an ephemeral one and let it go again
 * (UDP has no TIME_WAIT, so it is free at once). */
/* 8 writable bytes followed by a page the kernel cannot write: the
 * first 8 bytes of the result are good, the next fault.  On Linux the
 * bad page lies past the end of a memfd mapping (SIGBUS in user space,
 * EFAULT in the kernel), because qemu-user checks an unmapped pointer
 * itself and fails the call before Linux sees it, but passes a mapped
 * one on.  Without memfd_create (our kernel), an unmapped page. */
static char *fault_tail(void)
{
	static char *tail;
	char *m;
	long fd;

	if (tail)
		return tail;
	fd = sysret(__syscall6(356 /* memfd_create */, L("socktest"), 0, 0, 0, 0, 0));
	if (fd >= 0) {
		sysret(__syscall6(93 /* ftruncate */, fd, 4096, 0, 0, 0, 0));
		m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
		close(fd);
	} else {
		m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		munmap(m + 4096, 4096);
	}
	errno = 0;
	tail = m + 4096 - 8;
	return tail;
}

static struct sockaddr_in closed_udp_port(void)
{
	struct sockaddr_in a;
	int fd = udp_bound(&a);

	close(fd);
	return a;
}

static void sec_udp_err(void)
{
	struct sockaddr_in aa, dead;
	char buf[64];
	int a, c, v;
	socklen_t len;
	long r;

	/* The ICMP error reaches only a connected socket, and only once:
	 * the next call that looks at the socket error reports it. */
	dead = closed_udp_port();
	c = mksock(AF_INET, SOCK_DGRAM);
	show(connect(c, SA(&dead), sizeof(dead)), "connect(c, closed port)");
	show(send(c, "x", 1, 0), "send(c)");
	show(recv(c, buf, sizeof(buf), MSG_DONTWAIT), "recv(c) after the ICMP error");
	show(recv(c, buf, sizeof(buf), MSG_DONTWAIT), "recv(c) again");
	show(send(c, "x", 1, 0), "send(c) 2nd time");
	show(send(c, "x", 1, 0), "send(c) 3rd time: error pending from the 2nd");
	show(send(c, "x", 1, 0), "send(c) 4th time");
	v = -1;
	len = sizeof(v);
	r = getsockopt(c, SOL_SOCKET, SO_ERROR, &v, &len);
	showx(r, "getsockopt(c, SO_ERROR)", "value=%s", v ? errno_name(v) : "0");
	v = -1;
	len = sizeof(v);
	r = getsockopt(c, SOL_SOCKET, SO_ERROR, &v, &len);
	showx(r, "getsockopt(c, SO_ERROR) again", "value=%s", v ? errno_name(v) : "0");
	close(c);

	c = udp_bound(NULL);
	show(sendto(c, "x", 1, 0, SA(&dead), sizeof(dead)), "sendto(unconnected, closed port)");
	show(recv(c, buf, sizeof(buf), MSG_DONTWAIT), "recv(unconnected) after it");
	note("SO_ERROR(unconnected)", "%s", soerr(c));
	close(c);

	/* Size limit: 65535 - 20 (IP) - 8 (UDP) = 65507 bytes of payload. */
	a = udp_bound(&aa);
	c = udp_bound(NULL);
	memset(big, 'u', 65508);
	show(sendto(c, big, 65508, 0, SA(&aa), sizeof(aa)), "sendto(65508 bytes)");
	show(sendto(c, big, 65507, 0, SA(&aa), sizeof(aa)), "sendto(65507 bytes)");
	memset(bigin, 0, 65507);
	r = recv(a, bigin, sizeof(bigin), 0);
	showx(r, "recv(65507-byte datagram)", "intact: %s", yn(r == 65507 && !memcmp(big, bigin, 65507)));

	/* Bad buffers */
	show(sendto(c, NULL, 5, 0, SA(&aa), sizeof(aa)), "sendto(buf NULL)");
	show(sendto(c, "x", 1, 0, KADDR, sizeof(aa)), "sendto(addr 0xC0000000)");
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) nothing arrived");
	/* A receive into a bad buffer still takes the datagram off the queue. */
	sendto(c, "lost", 4, 0, SA(&aa), sizeof(aa));
	show(recv(a, NULL, 16, 0), "recv(a, buf NULL) with a datagram queued");
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) next: was it consumed?");
	/* a zero-length receive consumes a datagram too */
	sendto(c, "gone", 4, 0, SA(&aa), sizeof(aa));
	show(recv(a, buf, 0, 0), "recv(a, 0 bytes) with a datagram queued");
	show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) next: was it consumed?");
	show(recv(a, buf, 0, MSG_DONTWAIT), "recv(a, 0 bytes, MSG_DONTWAIT) queue empty");

	/* A copy to user space that faults part way.  Linux's udp_recvmsg has
	 * already taken the datagram off the queue: it is dropped (counted
	 * in sk_drops) and EFAULT returned; under MSG_PEEK it stays.  The
	 * bytes before the bad page are written. */
	{
		char *p = fault_tail();
		struct msghdr mh;
		struct iovec iov[2];

		sendto(c, "partly-copied", 13, 0, SA(&aa), sizeof(aa));
		sendto(c, "second", 6, 0, SA(&aa), sizeof(aa));
		memset(p, '.', 8);
		show(recv(a, p, 16, 0), "recv(a, 8 good + 8 faulting bytes)");
		note("the 8 good bytes", "%s", Q(p, 8));
		r = recv(a, buf, sizeof(buf), MSG_DONTWAIT);
		showx(r, "recv(a) next", "data=%s", Q(buf, r));
		sendto(c, "peek-and-fail", 13, 0, SA(&aa), sizeof(aa));
		show(recv(a, p, 16, MSG_PEEK), "recv(a, faulting, MSG_PEEK)");
		r = recv(a, buf, sizeof(buf), MSG_DONTWAIT);
		showx(r, "recv(a) next", "data=%s", Q(buf, r));
		sendto(c, "scattered", 9, 0, SA(&aa), sizeof(aa));
		memset(&mh, 0, sizeof(mh));
		iov[0].iov_base = buf;
		iov[0].iov_len = 4;
		iov[1].iov_base = p + 8;
		iov[1].iov_len = 8;
		mh.msg_iov = iov;
		mh.msg_iovlen = 2;
		show(recvmsg(a, &mh, 0), "recvmsg(a, iov 4 good + 8 faulting)");
		show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a) next");
		sendto(c, "fits", 4, 0, SA(&aa), sizeof(aa));
		r = recv(a, p, 8, 0);
		showx(r, "recv(a, the 8 good bytes only)", "data=%s", Q(p, r));
	}

	/* shutdown on an unconnected socket: ENOTCONN, yet the socket is
	 * marked shut down, as poll, recv and send then show.  Datagrams
	 * still arrive after SHUT_RD. */
	{
		struct pollfd pf = { a, POLLIN | POLLOUT | POLLRDHUP, 0 };
		struct timeval tv = { 0, 50000 };

		show(shutdown(a, SHUT_RD), "shutdown(unconnected a, SHUT_RD)");
		r = poll(&pf, 1, 0);
		showx(r, "poll(a)", "%s", EV(pf.revents));
		show(recv(a, buf, sizeof(buf), MSG_DONTWAIT), "recv(a, MSG_DONTWAIT) after SHUT_RD");
		setsockopt(a, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
		show(recv(a, buf, sizeof(buf), 0), "recv(a) blocking, SO_RCVTIMEO 50 ms, after SHUT_RD");
		sendto(c, "after", 5, 0, SA(&aa), sizeof(aa));
		r = recv(a, buf, sizeof(buf), MSG_DONTWAIT);
		showx(r, "recv(a) a datagram sent after SHUT_RD", "data=%s", Q(buf, r));
		show(sendto(a, "out", 3, NOSIG, SA(&aa), sizeof(aa)), "sendto(a) after SHUT_RD");
		r = recv(a, buf, sizeof(buf), MSG_DONTWAIT);
		showx(r, "recv(a) it", "data=%s", Q(buf, r));
		show(shutdown(a, SHUT_WR), "shutdown(unconnected a, SHUT_WR)");
		show(sendto(a, "out", 3, NOSIG, SA(&aa), sizeof(aa)), "sendto(a) after SHUT_WR");
		pf.revents = 0;
		r = poll(&pf, 1, 0);
		showx(r, "poll(a)", "%s", EV(pf.revents));
		show(connect(a, SA(&aa), sizeof(aa)), "connect(a, itself)");
		show(send(a, "out", 3, NOSIG), "send(a) connected, still shut down");
		show(shutdown(a, 7), "shutdown(a, 7)");
		show(shutdown(a, SHUT_RDWR), "shutdown(connected a, SHUT_RDWR)");
	}
	close(c);
	close(a);
}

/* ------------------------------------------------------------------ */
/* 7. sendmmsg / recvmmsg                                              */

static void sec_mmsg(void)
{
	static const char *const text[3] = { "m1", "mm2", "mmm3" };
	struct mmsghdr mm[3];
	struct iovec iov[3];
	struct sockaddr_in aa, ba, from[3];
	char buf[3][16];
	int a, b, i;
	long r;

	a = udp_bound(&aa);
	b = udp_bound(&ba);
	memset(mm, 0, sizeof(mm));
	for (i = 0; i < 3; i++) {
		iov[i].iov_base = (void *)text[i];
		iov[i].iov_len = strlen(text[i]);
		mm[i].msg_hdr.msg_iov = &iov[i];
		mm[i].msg_hdr.msg_iovlen = 1;
		mm[i].msg_hdr.msg_name = &aa;
		mm[i].msg_hdr.msg_namelen = sizeof(aa);
	}
	r = sendmmsg(b, mm, 3, 0);
	showx(r, "sendmmsg(b->a, 3 messages)", "msg_len=%u,%u,%u", mm[0].msg_len,
	      mm[1].msg_len, mm[2].msg_len);

	memset(mm, 0, sizeof(mm));
	memset(buf, 0, sizeof(buf));
	for (i = 0; i < 3; i++) {
		iov[i].iov_base = buf[i];
		iov[i].iov_len = sizeof(buf[i]);
		mm[i].msg_hdr.msg_iov = &iov[i];
		mm[i].msg_hdr.msg_iovlen = 1;
		mm[i].msg_hdr.msg_name = &from[i];
		mm[i].msg_hdr.msg_namelen = sizeof(from[i]);
	}
	r = recvmmsg(a, mm, 3, 0, NULL);
	showx(r, "recvmmsg(a, 3)", "msg_len=%u,%u,%u data=%s,%s,%s namelen=%d from b: %s",
	      mm[0].msg_len, mm[1].msg_len, mm[2].msg_len, Q(buf[0], mm[0].msg_len),
	      Q(buf[1], mm[1].msg_len), Q(buf[2], mm[2].msg_len), mm[0].msg_hdr.msg_namelen,
	      yn(same_in(&from[2], &ba)));

	/* Fewer queued than asked for */
	sendto(b, "r1", 2, 0, SA(&aa), sizeof(aa));
	sendto(b, "r2", 2, 0, SA(&aa), sizeof(aa));
	for (i = 0; i < 3; i++)
		mm[i].msg_len = 99;
	r = recvmmsg(a, mm, 3, MSG_DONTWAIT, NULL);
	showx(r, "recvmmsg(a, 3, MSG_DONTWAIT) with 2 queued", "msg_len=%u,%u,%u",
	      mm[0].msg_len, mm[1].msg_len, mm[2].msg_len);
	sendto(b, "w1", 2, 0, SA(&aa), sizeof(aa));
	sendto(b, "w2", 2, 0, SA(&aa), sizeof(aa));
	r = recvmmsg(a, mm, 3, MSG_WAITFORONE, NULL);
	showx(r, "recvmmsg(a, 3, MSG_WAITFORONE) with 2 queued", "data=%s,%s",
	      Q(buf[0], mm[0].msg_len), Q(buf[1], mm[1].msg_len));
	show(recvmmsg(a, mm, 3, MSG_DONTWAIT, NULL), "recvmmsg(a, 3, MSG_DONTWAIT) empty");
	show(sendmmsg(b, mm, 0, 0), "sendmmsg(b, 0 messages)");

	/* An error after the first message: the count of those sent. */
	for (i = 0; i < 3; i++) {
		iov[i].iov_base = (void *)text[i];
		iov[i].iov_len = strlen(text[i]);
		mm[i].msg_hdr.msg_name = &aa;
		mm[i].msg_hdr.msg_namelen = sizeof(aa);
	}
	mm[1].msg_hdr.msg_iov = KADDR;
	r = sendmmsg(b, mm, 3, 0);
	show(r, "sendmmsg(b, 3, 2nd iov pointer bad)");
	r = recv(a, buf[0], sizeof(buf[0]), MSG_DONTWAIT);
	showx(r, "recv(a)", "data=%s", Q(buf[0], r));
	show(recv(a, buf[0], sizeof(buf[0]), MSG_DONTWAIT), "recv(a) again");
	mm[0].msg_hdr.msg_iov = KADDR;
	show(sendmmsg(b, mm, 3, 0), "sendmmsg(b, 3, 1st iov pointer bad)");
	show(sendmmsg(b, KADDR, 3, 0), "sendmmsg(b, vector 0xC0000000)");
	close(b);
	close(a);
}

/* ------------------------------------------------------------------ */
/* 8. TCP: connection set-up, addresses, the byte stream.              */

static void sec_tcp(void)
{
	struct sockaddr_in la, ca, x, y;
	socklen_t len;
	char buf[64];
	int l, c, s;
	long r;

	l = mksock(AF_INET, SOCK_STREAM);
	x = sin_of(LO, 0);
	show(bind(l, SA(&x), sizeof(x)), "bind(l, 127.0.0.1:0)");
	note("SO_ACCEPTCONN before listen", "%d", geti(l, SOL_SOCKET, SO_ACCEPTCONN));
	show(listen(l, 5), "listen(l, 5)");
	note("SO_ACCEPTCONN after listen", "%d", geti(l, SOL_SOCKET, SO_ACCEPTCONN));
	len = sizeof(la);
	r = getsockname(l, SA(&la), &len);
	showx(r, "getsockname(l)", "addr=%s", A(&la, len));

	c = mksock(AF_INET, SOCK_STREAM);
	show(connect(c, SA(&la), sizeof(la)), "connect(c, l)");
	len = sizeof(x);
	memset(&x, 0, sizeof(x));
	s = accept(l, SA(&x), &len);
	ca = local_of(c);
	showx(s, "accept(l)", "addrlen=%u peer=%s is c: %s", len, A(&x, len), yn(same_in(&x, &ca)));
	len = sizeof(y);
	r = getpeername(c, SA(&y), &len);
	showx(r, "getpeername(c)", "addr=%s is l: %s", A(&y, len), yn(same_in(&y, &la)));
	note("getsockname(c)", "addr=%s", A(&ca, sizeof(ca)));
	y = local_of(s);
	note("getsockname(accepted)", "addr=%s same as l: %s", A(&y, sizeof(y)),
	      yn(same_in(&y, &la)));
	len = sizeof(y);
	r = getpeername(s, SA(&y), &len);
	showx(r, "getpeername(accepted)", "is c: %s", yn(same_in(&y, &ca)));
	note("SO_ACCEPTCONN(accepted)", "%d", geti(s, SOL_SOCKET, SO_ACCEPTCONN));
	show(listen(l, 10), "listen(l, 10) again: new backlog");

	/* The stream: boundaries are not kept, order is. */
	show(send(c, "hello world", 11, 0), "send(c, \"hello world\")");
	r = recv(s, buf, 5, 0);
	showx(r, "recv(s, 5)", "data=%s", Q(buf, r));
	r = recv(s, buf, sizeof(buf), 0);
	showx(r, "recv(s, 64)", "data=%s", Q(buf, r));
	send(c, "abc", 3, 0);
	send(c, "def", 3, 0);
	r = recv(s, buf, sizeof(buf), 0);
	showx(r, "recv(s) after sends of 3 and 3", "data=%s", Q(buf, r));
	show(write(s, "via write", 9), "write(s)");
	r = read(c, buf, sizeof(buf));
	showx(r, "read(c)", "data=%s", Q(buf, r));

	send(c, "peekaboo", 8, 0);
	r = recv(s, buf, 4, MSG_PEEK);
	showx(r, "recv(s, 4, MSG_PEEK)", "data=%s", Q(buf, r));
	r = recv(s, buf, sizeof(buf), MSG_PEEK);
	showx(r, "recv(s, 64, MSG_PEEK)", "data=%s", Q(buf, r));
	r = recv(s, buf, sizeof(buf), 0);
	showx(r, "recv(s, 64)", "data=%s", Q(buf, r));
	show(recv(s, buf, sizeof(buf), MSG_DONTWAIT), "recv(s, MSG_DONTWAIT) nothing queued");

	send(c, "1234", 4, 0);
	send(c, "5678", 4, 0);
	r = recv(s, buf, 8, MSG_WAITALL);
	showx(r, "recv(s, 8, MSG_WAITALL) with 8 queued", "data=%s", Q(buf, r));
	send(c, "abcdefgh", 8, 0);
	r = recv(s, buf, 3, MSG_WAITALL);
	showx(r, "recv(s, 3, MSG_WAITALL) with 8 queued", "data=%s", Q(buf, r));
	r = recv(s, buf, sizeof(buf), 0);
	showx(r, "recv(s) the rest", "data=%s", Q(buf, r));

	/* recvfrom on a stream: no address is returned */
	send(c, "addr?", 5, 0);
	len = sizeof(x);
	r = recvfrom(s, buf, sizeof(buf), 0, SA(&x), &len);
	showx(r, "recvfrom(s) on tcp", "data=%s addrlen=%u", Q(buf, r), len);
	/* sendto with an address on a connected stream: the address is ignored */
	show(sendto(c, "st", 2, 0, SA(&la), sizeof(la)), "sendto(c, l's address)");
	r = recv(s, buf, sizeof(buf), 0);
	showx(r, "recv(s)", "data=%s", Q(buf, r));

	/* TCP receive into a bad buffer: error, data stays queued */
	send(c, "keep", 4, 0);
	show(recv(s, NULL, 16, 0), "recv(s, buf NULL)");
	r = recv(s, buf, sizeof(buf), MSG_DONTWAIT);
	showx(r, "recv(s) next", "data=%s", Q(buf, r));
	show(send(c, NULL, 4, 0), "send(c, buf NULL)");
	show(send(c, "", 0, 0), "send(c, 0 bytes)");
	show(recv(s, buf, sizeof(buf), MSG_DONTWAIT), "recv(s) after them");

	/* Half close: EOF for the reader, the other direction stays open. */
	show(shutdown(c, SHUT_WR), "shutdown(c, SHUT_WR)");
	show(recv(s, buf, sizeof(buf), 0), "recv(s) after peer SHUT_WR");
	show(recv(s, buf, sizeof(buf), 0), "recv(s) again");
	show(send(s, "back", 4, 0), "send(s, \"back\")");
	r = recv(c, buf, sizeof(buf), 0);
	showx(r, "recv(c)", "data=%s", Q(buf, r));
	show(send(c, "late", 4, NOSIG), "send(c) after SHUT_WR, MSG_NOSIGNAL");
	show(send(c, "late", 4, 0), "send(c) after SHUT_WR, SIGPIPE ignored");
	show(shutdown(c, SHUT_WR), "shutdown(c, SHUT_WR) again");
	show(shutdown(s, SHUT_RD), "shutdown(s, SHUT_RD)");
	show(recv(s, buf, sizeof(buf), 0), "recv(s) after own SHUT_RD");
	show(shutdown(s, -1), "shutdown(s, -1)");
	show(shutdown(s, 3), "shutdown(s, 3)");
	close(s);
	close(c);
	close(l);
}

/* ------------------------------------------------------------------ */
/* 9. TCP errors: refused, not connected, already connected, accept.   */

static void sec_tcp_err(void)
{
	struct sockaddr_in la, ra, x;
	unsigned char raw[32];
	socklen_t len;
	char buf[16];
	int l, c, s, t, u, i, ok;

	/* A bound port with no listener answers SYN with RST. */
	t = mksock(AF_INET, SOCK_STREAM);
	x = sin_of(LO, 0);
	bind(t, SA(&x), sizeof(x));
	ra = local_of(t);
	c = mksock(AF_INET, SOCK_STREAM);
	show(connect(c, SA(&ra), sizeof(ra)), "connect(bound, not listening port)");
	note("SO_ERROR after a refused connect", "%s", soerr(c));
	show(connect(c, SA(&ra), sizeof(ra)), "connect(same socket, same port) again");
	close(c);

	/* Not connected */
	c = mksock(AF_INET, SOCK_STREAM);
	show(recv(c, buf, sizeof(buf), 0), "recv(fresh tcp)");
	show(send(c, "x", 1, NOSIG), "send(fresh tcp, MSG_NOSIGNAL)");
	show(send(c, "x", 1, 0), "send(fresh tcp)");
	len = sizeof(x);
	show(getpeername(c, SA(&x), &len), "getpeername(fresh tcp)");
	show(shutdown(c, SHUT_RDWR), "shutdown(fresh tcp)");
	show(accept(c, NULL, NULL), "accept(fresh tcp)");
	show(accept(t, NULL, NULL), "accept(bound, not listening)");
	u = mksock(AF_INET, SOCK_DGRAM);
	show(accept(u, NULL, NULL), "accept(udp)");
	show(listen(u, 1), "listen(udp)");
	close(u);
	x = sin_of(LO, 0);
	x.sin_family = AF_UNIX;
	show(connect(c, SA(&x), sizeof(x)), "connect(tcp, sin_family AF_UNIX)");
	show(connect(c, SA(&ra), 8), "connect(tcp, addrlen 8)");
	show(connect(c, KADDR, sizeof(ra)), "connect(tcp, addr 0xC0000000)");
	close(c);
	close(t);

	/* Already connected, listening */
	l = tcp_listener(&la, 5);
	c = tcp_client(&la);
	show(connect(c, SA(&la), sizeof(la)), "connect(connected socket) again");
	show(listen(c, 5), "listen(connected socket)");
	show(connect(l, SA(&la), sizeof(la)), "connect(listening socket)");
	show(recv(l, buf, sizeof(buf), 0), "recv(listening socket)");
	show(send(l, "x", 1, NOSIG), "send(listening socket)");
	len = sizeof(x);
	show(getpeername(l, SA(&x), &len), "getpeername(listening socket)");
	x = sin_of(LO, 0);
	show(bind(l, SA(&x), sizeof(x)), "bind(listening socket)");

	/* accept: address buffers of every size */
	memset(raw, 0xAA, sizeof(raw));
	len = 4;
	s = accept(l, SA(raw), &len);
	for (ok = 1, i = 4; i < (int)sizeof(raw); i++)
		ok &= raw[i] == 0xAA;
	showx(s, "accept(addrlen 4)", "addrlen=%u bytes past 4 untouched: %s", len, yn(ok));
	close(s);
	close(c);
	c = tcp_client(&la);
	len = 0;
	s = accept(l, SA(raw), &len);
	showx(s, "accept(addrlen 0)", "addrlen=%u", len);
	close(s);
	close(c);
	c = tcp_client(&la);
	len = 1000;
	s = accept(l, NULL, &len);
	showx(s, "accept(addr NULL, addrlen 1000)", "addrlen=%u untouched", len);
	close(s);
	close(c);
	c = tcp_client(&la);
	s = accept4(l, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
	showx(s, "accept4(SOCK_NONBLOCK|SOCK_CLOEXEC)", "F_GETFL=%s F_GETFD=%d",
	      FL(fcntl(s, F_GETFL, 0)), fcntl(s, F_GETFD, 0));
	show(recv(s, buf, sizeof(buf), 0), "recv(accepted non-blocking socket)");
	close(s);
	close(c);

	/* The accepted socket does not inherit O_NONBLOCK from the listener. */
	fcntl(l, F_SETFL, O_RDWR | O_NONBLOCK);
	show(accept(l, NULL, NULL), "accept(non-blocking listener, nothing pending)");
	c = tcp_client(&la);
	s = accept(l, NULL, NULL);
	showx(s, "accept(non-blocking listener)", "F_GETFL=%s", FL(fcntl(s, F_GETFL, 0)));
	close(s);
	close(c);

	/* Bad address pointers.  Linux takes the connection off the queue
	 * before it fails to copy the address out; qemu-user checks the
	 * pointer first, so only the error itself is compared here and the
	 * listener is closed right after.  Two connections are queued, one
	 * for each failing accept: on Linux the second would sleep if the
	 * first had taken the only one. */
	c = tcp_client(&la);
	t = tcp_client(&la);
	len = sizeof(x);
	show(accept(l, KADDR, &len), "accept(addr 0xC0000000)");
	show(accept(l, SA(&x), KADDR), "accept(addrlen ptr 0xC0000000)");
	close(t);
	close(c);
	close(l);
}

/* ------------------------------------------------------------------ */
/* 10. Non-blocking TCP: connect in progress, backlog, a full window.   */

static void sec_tcp_nb(void)
{
	struct sockaddr_in la, ra, x;
	int l, c, s, cl[3], sv[2], i;
	long r, sent, got, chunk;
	char buf[16];

	/* On loopback the handshake finishes during the connect call, but
	 * a non-blocking connect still reports EINPROGRESS first. */
	l = tcp_listener(&la, 5);
	c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	show(connect(c, SA(&la), sizeof(la)), "connect(non-blocking, listener present)");
	show(connect(c, SA(&la), sizeof(la)), "connect() 2nd time");
	show(connect(c, SA(&la), sizeof(la)), "connect() 3rd time");
	note("SO_ERROR", "%s", soerr(c));
	s = accept(l, NULL, NULL);
	show(s, "accept()");
	close(s);
	close(c);
	close(l);

	/* Refused, non-blocking: the error waits in SO_ERROR. */
	s = mksock(AF_INET, SOCK_STREAM);
	x = sin_of(LO, 0);
	bind(s, SA(&x), sizeof(x));
	ra = local_of(s);
	c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	show(connect(c, SA(&ra), sizeof(ra)), "connect(non-blocking, refused port)");
	note("SO_ERROR", "%s", soerr(c));
	note("SO_ERROR again", "%s", soerr(c));
	show(connect(c, SA(&ra), sizeof(ra)), "connect() 2nd time, error already taken");
	show(connect(c, SA(&ra), sizeof(ra)), "connect() 3rd time");
	close(c);
	c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	connect(c, SA(&ra), sizeof(ra));
	show(connect(c, SA(&ra), sizeof(ra)), "connect() 2nd time, error not yet taken");
	note("SO_ERROR after that", "%s", soerr(c));
	close(c);
	close(s);

	/* Backlog 1: the accept queue holds backlog + 1 connections; the
	 * next SYN is dropped and that client stays in SYN_SENT. */
	l = tcp_listener(&la, 1);
	for (i = 0; i < 3; i++) {
		cl[i] = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
		show(connect(cl[i], SA(&la), sizeof(la)), D("connect(client %d, backlog 1)", i + 1));
	}
	for (i = 0; i < 3; i++)
		show(connect(cl[i], SA(&la), sizeof(la)), D("connect(client %d) again", i + 1));
	fcntl(l, F_SETFL, O_RDWR | O_NONBLOCK);
	for (i = 0; i < 3; i++) {
		s = accept(l, NULL, NULL);
		show(s, D("accept() #%d", i + 1));
		if (s >= 0)
			close(s);
	}
	for (i = 0; i < 3; i++)
		close(cl[i]);
	close(l);

	/* Fill the window: nobody reads, the sender is non-blocking. */
	l = tcp_listener(&la, 5);
	c = tcp_client(&la);
	s = accept_one(l);
	close(l);
	fcntl(c, F_SETFL, O_RDWR | O_NONBLOCK);
	memset(big, 'w', 65536);
	for (sent = 0, i = 0; i < 4096; i++) {
		r = send(c, big, 65536, 0);
		if (r < 0)
			break;
		sent += r;
	}
	show(r, "send 64 KiB chunks until it fails");
	note("filled", "%s", yn(sent > 65536));
	for (got = 0; got < sent; got += chunk) {
		chunk = recv(s, bigin, sizeof(bigin), 0);
		if (chunk <= 0)
			break;
	}
	note("read everything: all bytes arrived", "%s", yn(got == sent));
	show(recv(s, buf, sizeof(buf), MSG_DONTWAIT), "recv() then");
	show(send(c, "more", 4, 0), "send() after draining");
	close(s);
	close(c);

	/* The same on a unix stream pair */
	socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv);
	for (sent = 0, i = 0; i < 4096; i++) {
		r = send(sv[0], big, 65536, 0);
		if (r < 0)
			break;
		sent += r;
	}
	show(r, "unix stream: send 64 KiB chunks until it fails");
	note("unix stream: filled", "%s", yn(sent > 0));
	for (got = 0; got < sent; got += chunk) {
		chunk = recv(sv[1], bigin, sizeof(bigin), 0);
		if (chunk <= 0)
			break;
	}
	note("unix stream: read everything: all bytes arrived", "%s", yn(got == sent));
	close(sv[0]);
	close(sv[1]);

	/* A zero-length receive still waits for data as a 1-byte one would
	 * (Linux's target is never below 1): EAGAIN on an empty connection,
	 * 0 once there is data (which stays queued) or at end of file. */
	tcp_pair(&c, &s);
	show(recv(s, buf, 0, MSG_DONTWAIT), "recv(0 bytes, MSG_DONTWAIT) empty connection");
	show(recv(s, NULL, 0, MSG_DONTWAIT), "recv(NULL, 0 bytes, MSG_DONTWAIT) empty connection");
	{
		struct timeval tv = { 0, 50000 };

		setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	}
	show(recv(s, buf, 0, 0), "recv(0 bytes) empty connection, SO_RCVTIMEO 50 ms");
	send(c, "data", 4, 0);
	show(recv(s, buf, 0, MSG_DONTWAIT), "recv(0 bytes, MSG_DONTWAIT) with 4 bytes queued");
	show(recv(s, buf, 0, MSG_DONTWAIT | MSG_PEEK), "recv(0 bytes, MSG_PEEK) with 4 bytes queued");
	r = recv(s, buf, sizeof(buf), MSG_DONTWAIT);
	showx(r, "recv() then", "data=%s", Q(buf, r));
	shutdown(c, SHUT_WR);
	show(recv(s, buf, 0, MSG_DONTWAIT), "recv(0 bytes, MSG_DONTWAIT) at end of file");
	close(s);
	close(c);
	c = mksock(AF_INET, SOCK_STREAM);
	show(recv(c, buf, 0, MSG_DONTWAIT), "recv(0 bytes, MSG_DONTWAIT) never connected");
	close(c);
	l = tcp_listener(NULL, 1);
	show(recv(l, buf, 0, MSG_DONTWAIT), "recv(0 bytes, MSG_DONTWAIT) listener");
	close(l);
	c = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	show(read(c, buf, 0), "read(0 bytes) non-blocking, never connected");
	close(c);
}

/* ------------------------------------------------------------------ */
/* 11. TCP teardown: RST, reuse of addresses, TIME_WAIT.                */

static void sec_tcp_close(void)
{
	struct sockaddr_in la, ca, x;
	struct linger lg;
	socklen_t len;
	char buf[16];
	int l, c, s, s1, s2, s3;
	long r;

	/* Closing with unread data resets the connection. */
	tcp_pair(&c, &s);
	send(c, "unread", 6, 0);
	show(close(s), "close(s) with 6 bytes unread");
	show(recv(c, buf, sizeof(buf), 0), "recv(c)");
	show(recv(c, buf, sizeof(buf), 0), "recv(c) again");
	show(send(c, "x", 1, NOSIG), "send(c)");
	note("SO_ERROR(c)", "%s", soerr(c));
	/* Reset: the socket is CLOSE, so no longer connected. */
	len = sizeof(x);
	show(getpeername(c, SA(&x), &len), "getpeername(c) after the reset");
	show(shutdown(c, SHUT_WR), "shutdown(c, SHUT_WR) after the reset");
	close(c);

	/* A pending error is reported before buffered data? No: data first. */
	tcp_pair(&c, &s);
	send(s, "queued", 6, 0);
	send(c, "unread", 6, 0);
	close(s);
	r = recv(c, buf, sizeof(buf), 0);
	showx(r, "recv(c) with data queued before the RST", "data=%s", Q(buf, r));
	show(recv(c, buf, sizeof(buf), 0), "recv(c) next");
	close(c);

	/* An orderly close: EOF, then EPIPE once the peer's RST is back. */
	tcp_pair(&c, &s);
	show(close(s), "close(s), nothing unread");
	show(recv(c, buf, sizeof(buf), 0), "recv(c)");
	show(send(c, "x", 1, NOSIG), "send(c) to a closed peer");
	show(send(c, "x", 1, NOSIG), "send(c) again");
	show(recv(c, buf, sizeof(buf), 0), "recv(c) after that");
	close(c);

	/* SO_LINGER {1, 0}: close sends RST straight away. */
	tcp_pair(&c, &s);
	lg.l_onoff = 1;
	lg.l_linger = 0;
	show(setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg)), "setsockopt(s, SO_LINGER {1,0})");
	close(s);
	show(recv(c, buf, sizeof(buf), 0), "recv(c) after the abortive close");
	close(c);

	/* SO_REUSEADDR on both: both bind, only one can listen. */
	s1 = mksock(AF_INET, SOCK_STREAM);
	s2 = mksock(AF_INET, SOCK_STREAM);
	s3 = mksock(AF_INET, SOCK_STREAM);
	seti(s1, SOL_SOCKET, SO_REUSEADDR, 1);
	seti(s2, SOL_SOCKET, SO_REUSEADDR, 1);
	seti(s3, SOL_SOCKET, SO_REUSEADDR, 1);
	x = sin_of(LO, 0);
	show(bind(s1, SA(&x), sizeof(x)), "bind(s1 SO_REUSEADDR, 127.0.0.1:0)");
	x = local_of(s1);
	show(bind(s2, SA(&x), sizeof(x)), "bind(s2 SO_REUSEADDR, same port)");
	show(listen(s1, 5), "listen(s1)");
	show(listen(s2, 5), "listen(s2)");
	show(bind(s3, SA(&x), sizeof(x)), "bind(s3 SO_REUSEADDR, same port) while s1 listens");
	close(s3);
	close(s2);
	s2 = mksock(AF_INET, SOCK_STREAM);
	show(bind(s2, SA(&x), sizeof(x)), "bind(no SO_REUSEADDR, same port)");
	close(s2);
	close(s1);
	s1 = mksock(AF_INET, SOCK_STREAM);
	x = sin_of(LO, 0);
	bind(s1, SA(&x), sizeof(x));
	x = local_of(s1);
	s2 = mksock(AF_INET, SOCK_STREAM);
	seti(s2, SOL_SOCKET, SO_REUSEADDR, 1);
	show(bind(s2, SA(&x), sizeof(x)), "bind(SO_REUSEADDR, port bound without it)");
	close(s2);
	close(s1);

	/* TIME_WAIT stays with the side that closed first. */
	l = mksock(AF_INET, SOCK_STREAM);
	x = sin_of(LO, 0);
	bind(l, SA(&x), sizeof(x));
	listen(l, 5);
	la = local_of(l);
	c = tcp_client(&la);
	ca = local_of(c);
	s = accept_one(l);
	close(l);
	show(close(s), "close(accepted) first");
	show(recv(c, buf, sizeof(buf), 0), "recv(c)");
	show(close(c), "close(c)");
	s1 = mksock(AF_INET, SOCK_STREAM);
	show(bind(s1, SA(&la), sizeof(la)), "bind(listener's port, in TIME_WAIT)");
	close(s1);
	s1 = mksock(AF_INET, SOCK_STREAM);
	seti(s1, SOL_SOCKET, SO_REUSEADDR, 1);
	show(bind(s1, SA(&la), sizeof(la)), "bind(same, SO_REUSEADDR)");
	close(s1);
	s1 = mksock(AF_INET, SOCK_STREAM);
	show(bind(s1, SA(&ca), sizeof(ca)), "bind(client's port, closed second)");
	close(s1);

	/* A connection over on both sides while both descriptors stay open:
	 * c closed first and waits in TIME_WAIT, s (closed second) is CLOSE.
	 * On Linux the socket behind a TIME_WAIT connection is itself CLOSE
	 * (a separate mini-socket does the waiting), so both answer as not
	 * connected.  While only half closed, both still have their peer. */
	tcp_pair(&c, &s);
	show(shutdown(c, SHUT_WR), "shutdown(c, SHUT_WR)");
	show(recv(s, buf, sizeof(buf), 0), "recv(s): the FIN");
	len = sizeof(x);
	r = getpeername(c, SA(&x), &len);
	showx(r, "getpeername(c) in FIN_WAIT2", "port=%s", port_str(ntohs(x.sin_port)));
	len = sizeof(x);
	r = getpeername(s, SA(&x), &len);
	showx(r, "getpeername(s) in CLOSE_WAIT", "port=%s", port_str(ntohs(x.sin_port)));
	show(shutdown(s, SHUT_WR), "shutdown(s, SHUT_WR)");
	show(recv(c, buf, sizeof(buf), 0), "recv(c): the FIN");
	msleep(20);	/* the last ACK reaches s */
	len = sizeof(x);
	show(getpeername(c, SA(&x), &len), "getpeername(c) in TIME_WAIT");
	len = sizeof(x);
	show(getpeername(s, SA(&x), &len), "getpeername(s) closed");
	len = sizeof(x);
	r = getsockname(c, SA(&x), &len);
	showx(r, "getsockname(c) in TIME_WAIT", "addr=%s", A(&x, len));
	show(shutdown(c, SHUT_RDWR), "shutdown(c, SHUT_RDWR) in TIME_WAIT");
	show(shutdown(c, SHUT_RD), "shutdown(c, SHUT_RD) in TIME_WAIT");
	show(shutdown(s, SHUT_RD), "shutdown(s, SHUT_RD) closed");
	show(shutdown(s, 7), "shutdown(s, 7) closed");
	show(recv(c, buf, sizeof(buf), MSG_DONTWAIT), "recv(c) in TIME_WAIT");
	show(send(c, "x", 1, NOSIG), "send(c) in TIME_WAIT");
	show(recv(s, buf, sizeof(buf), MSG_DONTWAIT), "recv(s) closed");
	show(send(s, "x", 1, NOSIG), "send(s) closed");
	show(connect(c, SA(&la), sizeof(la)), "connect(c) again in TIME_WAIT");
	show(listen(s, 1), "listen(s) closed");
	{
		struct pollfd pf[2] = { { c, POLLIN | POLLOUT | POLLRDHUP, 0 },
					{ s, POLLIN | POLLOUT | POLLRDHUP, 0 } };

		r = poll(pf, 2, 0);
		showx(r, "poll(c, s)", "c=%s s=%s", EV(pf[0].revents), EV(pf[1].revents));
	}
	note("SO_ERROR(c, s)", "%s %s", soerr(c), soerr(s));
	close(s);
	close(c);

	/* A listener: SHUT_WR changes nothing, SHUT_RD stops it listening
	 * (the connection waiting in its queue is reset). */
	l = tcp_listener(&la, 5);
	show(shutdown(l, SHUT_WR), "shutdown(listener, SHUT_WR)");
	c = tcp_client(&la);
	show(shutdown(l, SHUT_RD), "shutdown(listener, SHUT_RD) with one queued");
	show(recv(c, buf, sizeof(buf), 0), "recv(queued client)");
	show(accept(l, NULL, NULL), "accept(listener) after SHUT_RD");
	len = sizeof(x);
	show(getpeername(l, SA(&x), &len), "getpeername(listener) after SHUT_RD");
	show(shutdown(l, SHUT_RDWR), "shutdown(listener, SHUT_RDWR) again");
	close(c);
	close(l);
}

/* ------------------------------------------------------------------ */
/* 12. Socket options                                                   */

static void sec_sockopt(void)
{
	struct sockaddr_in la;
	struct linger lg;
	struct timeval tv;
	int t, u, x, l, c, s, v;
	socklen_t len;
	long r;
	char ch;

	t = mksock(AF_INET, SOCK_STREAM);
	u = mksock(AF_INET, SOCK_DGRAM);
	x = mksock(AF_UNIX, SOCK_SEQPACKET);
	note("SO_TYPE tcp/udp/unix-seqpacket", "%d %d %d", geti(t, SOL_SOCKET, SO_TYPE),
	      geti(u, SOL_SOCKET, SO_TYPE), geti(x, SOL_SOCKET, SO_TYPE));
	note("SO_DOMAIN tcp/udp/unix", "%d %d %d", geti(t, SOL_SOCKET, SO_DOMAIN),
	      geti(u, SOL_SOCKET, SO_DOMAIN), geti(x, SOL_SOCKET, SO_DOMAIN));
	note("SO_PROTOCOL tcp/udp/unix", "%d %d %d", geti(t, SOL_SOCKET, SO_PROTOCOL),
	      geti(u, SOL_SOCKET, SO_PROTOCOL), geti(x, SOL_SOCKET, SO_PROTOCOL));
	note("SO_ERROR, SO_ACCEPTCONN of a new tcp socket", "%d %d",
	      geti(t, SOL_SOCKET, SO_ERROR), geti(t, SOL_SOCKET, SO_ACCEPTCONN));
	show(seti(t, SOL_SOCKET, SO_TYPE, 2), "setsockopt(SO_TYPE)");
	show(seti(t, SOL_SOCKET, SO_ACCEPTCONN, 1), "setsockopt(SO_ACCEPTCONN)");

	/* Boolean options read back as 0/1 whatever was stored. */
	note("SO_REUSEADDR initially", "%d", geti(t, SOL_SOCKET, SO_REUSEADDR));
	show(seti(t, SOL_SOCKET, SO_REUSEADDR, 5), "setsockopt(SO_REUSEADDR, 5)");
	note("SO_REUSEADDR then", "%d", geti(t, SOL_SOCKET, SO_REUSEADDR));
	note("SO_KEEPALIVE initially", "%d", geti(t, SOL_SOCKET, SO_KEEPALIVE));
	show(seti(t, SOL_SOCKET, SO_KEEPALIVE, 1), "setsockopt(SO_KEEPALIVE, 1)");
	note("SO_KEEPALIVE then", "%d", geti(t, SOL_SOCKET, SO_KEEPALIVE));
	show(seti(t, SOL_SOCKET, SO_KEEPALIVE, 0), "setsockopt(SO_KEEPALIVE, 0)");
	note("SO_KEEPALIVE then", "%d", geti(t, SOL_SOCKET, SO_KEEPALIVE));
	note("TCP_NODELAY initially", "%d", geti(t, IPPROTO_TCP, TCP_NODELAY));
	show(seti(t, IPPROTO_TCP, TCP_NODELAY, 7), "setsockopt(TCP_NODELAY, 7)");
	note("TCP_NODELAY then", "%d", geti(t, IPPROTO_TCP, TCP_NODELAY));
	show(seti(u, IPPROTO_TCP, TCP_NODELAY, 1), "setsockopt(udp, TCP_NODELAY)");
	show(geti(u, IPPROTO_TCP, TCP_NODELAY), "getsockopt(udp, TCP_NODELAY)");
	show(seti(x, IPPROTO_TCP, TCP_NODELAY, 1), "setsockopt(unix, TCP_NODELAY)");

	/* Buffer sizes: Linux doubles the request to allow for overhead. */
	show(seti(t, SOL_SOCKET, SO_RCVBUF, 4096), "setsockopt(SO_RCVBUF, 4096)");
	note("SO_RCVBUF then", "%d", geti(t, SOL_SOCKET, SO_RCVBUF));
	show(seti(t, SOL_SOCKET, SO_SNDBUF, 8192), "setsockopt(SO_SNDBUF, 8192)");
	note("SO_SNDBUF then", "%d", geti(t, SOL_SOCKET, SO_SNDBUF));
	show(seti(u, SOL_SOCKET, SO_RCVBUF, 6000), "setsockopt(udp, SO_RCVBUF, 6000)");
	note("SO_RCVBUF then", "%d", geti(u, SOL_SOCKET, SO_RCVBUF));

	/* Unknown options, short and bad arguments */
	show(seti(t, SOL_SOCKET, 9999, 1), "setsockopt(SOL_SOCKET, 9999)");
	show(geti(t, SOL_SOCKET, 9999), "getsockopt(SOL_SOCKET, 9999)");
	show(seti(t, 9999, 1, 1), "setsockopt(level 9999)");
	show(seti(t, IPPROTO_TCP, 9999, 1), "setsockopt(IPPROTO_TCP, 9999)");
	show(geti(t, IPPROTO_TCP, 9999), "getsockopt(IPPROTO_TCP, 9999)");
	v = 1;
	show(setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &v, 2), "setsockopt(SO_REUSEADDR, optlen 2)");
	show(setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &v, 0), "setsockopt(SO_REUSEADDR, optlen 0)");
	show(setsockopt(t, IPPROTO_TCP, TCP_NODELAY, &v, 3), "setsockopt(TCP_NODELAY, optlen 3)");
	{
		int two[2] = { 0, 77 };

		show(setsockopt(t, SOL_SOCKET, SO_REUSEADDR, two, 8), "setsockopt(SO_REUSEADDR=0, optlen 8)");
		note("SO_REUSEADDR then", "%d", geti(t, SOL_SOCKET, SO_REUSEADDR));
	}
	show(setsockopt(t, SOL_SOCKET, SO_REUSEADDR, KADDR, 4), "setsockopt(optval 0xC0000000)");
	show(setsockopt(t, SOL_SOCKET, SO_REUSEADDR, NULL, 4), "setsockopt(optval NULL)");

	/* getsockopt writes back the length it used. */
	v = -1;
	{
		int w[2] = { -1, -1 };

		len = 8;
		r = getsockopt(u, SOL_SOCKET, SO_TYPE, w, &len);
		showx(r, "getsockopt(SO_TYPE, optlen 8)", "optlen=%u value=%d next word untouched: %s",
		      len, w[0], yn(w[1] == -1));
	}
	len = 1;
	v = 0;
	r = getsockopt(u, SOL_SOCKET, SO_TYPE, &v, &len);
	showx(r, "getsockopt(SO_TYPE, optlen 1)", "optlen=%u low byte=%d", len, v & 0xff);
	len = 0;
	r = getsockopt(u, SOL_SOCKET, SO_TYPE, &v, &len);
	showx(r, "getsockopt(SO_TYPE, optlen 0)", "optlen=%u", len);
	len = -1;
	show(getsockopt(u, SOL_SOCKET, SO_TYPE, &v, &len), "getsockopt(SO_TYPE, optlen -1)");
	len = 4;
	show(getsockopt(u, SOL_SOCKET, SO_TYPE, KADDR, &len), "getsockopt(optval 0xC0000000)");
	show(getsockopt(u, SOL_SOCKET, SO_TYPE, &v, KADDR), "getsockopt(optlen ptr 0xC0000000)");
	show(getsockopt(u, SOL_SOCKET, SO_TYPE, &v, NULL), "getsockopt(optlen ptr NULL)");

	/* SO_LINGER: a two-word option */
	memset(&lg, 0xff, sizeof(lg));
	len = sizeof(lg);
	r = getsockopt(t, SOL_SOCKET, SO_LINGER, &lg, &len);
	showx(r, "getsockopt(SO_LINGER)", "optlen=%u onoff=%d linger=%d", len, lg.l_onoff, lg.l_linger);
	lg.l_onoff = 1;
	lg.l_linger = 5;
	show(setsockopt(t, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg)), "setsockopt(SO_LINGER {1,5})");
	len = sizeof(lg);
	r = getsockopt(t, SOL_SOCKET, SO_LINGER, &lg, &len);
	showx(r, "getsockopt(SO_LINGER)", "onoff=%d linger=%d", lg.l_onoff, lg.l_linger);

	/* SO_RCVTIMEO: a blocking receive gives up with EAGAIN. */
	tv.tv_sec = 0;
	tv.tv_usec = 100000;
	show(setsockopt(u, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)), "setsockopt(udp, SO_RCVTIMEO 100 ms)");
	memset(&tv, 0, sizeof(tv));
	len = sizeof(tv);
	r = getsockopt(u, SOL_SOCKET, SO_RCVTIMEO, &tv, &len);
	showx(r, "getsockopt(SO_RCVTIMEO)", "%ld s %ld us", (long)tv.tv_sec, (long)tv.tv_usec);
	la = sin_of(LO, 0);
	bind(u, SA(&la), sizeof(la));
	show(recv(u, &ch, 1, 0), "recv(udp) with nothing coming");

	/* Options on a connected pair, seen from the accepted side */
	l = tcp_listener(&la, 5);
	note("SO_REUSEADDR(listener), SO_ACCEPTCONN(listener)", "%d %d",
	      geti(l, SOL_SOCKET, SO_REUSEADDR), geti(l, SOL_SOCKET, SO_ACCEPTCONN));
	seti(l, IPPROTO_TCP, TCP_NODELAY, 1);
	seti(l, SOL_SOCKET, SO_KEEPALIVE, 1);
	c = tcp_client(&la);
	s = accept_one(l);
	note("accepted socket inherits TCP_NODELAY, SO_KEEPALIVE, SO_REUSEADDR", "%d %d %d",
	      geti(s, IPPROTO_TCP, TCP_NODELAY), geti(s, SOL_SOCKET, SO_KEEPALIVE),
	      geti(s, SOL_SOCKET, SO_REUSEADDR));
	close(s);
	close(c);
	close(l);
	close(x);
	close(u);
	close(t);
}

/* ------------------------------------------------------------------ */
/* 13. AF_UNIX: pairs, abstract names, shutdown and close.              */

static void sec_unix(void)
{
	static const int types[3] = { SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET };
	static const char *const tname[3] = { "STREAM", "DGRAM", "SEQPACKET" };
	struct sockaddr_un un, un2, got;
	struct msghdr mh;
	struct iovec iov;
	socklen_t len, ul;
	char buf[64];
	int sv[2], junk[2], l, c, s, s2, i;
	long r;

	for (i = 0; i < 3; i++) {
		r = socketpair(AF_UNIX, types[i], 0, sv);
		showx(r, D("socketpair(AF_UNIX, SOCK_%s)", tname[i]), "sv=%d,%d", sv[0], sv[1]);
		send(sv[0], "ab", 2, 0);
		send(sv[0], "cde", 3, 0);
		r = recv(sv[1], buf, sizeof(buf), 0);
		showx(r, D("%s: recv after sends of 2 and 3", tname[i]), "data=%s", Q(buf, r));
		if (types[i] != SOCK_STREAM) {
			r = recv(sv[1], buf, sizeof(buf), 0);
			showx(r, D("%s: recv again", tname[i]), "data=%s", Q(buf, r));
		}
		show(send(sv[1], "back", 4, 0), D("%s: send the other way", tname[i]));
		r = recv(sv[0], buf, sizeof(buf), 0);
		showx(r, D("%s: recv", tname[i]), "data=%s", Q(buf, r));
		/* Truncation */
		send(sv[0], "truncate", 8, 0);
		r = recv(sv[1], buf, 3, 0);
		showx(r, D("%s: recv 3 of 8", tname[i]), "data=%s", Q(buf, r));
		r = recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
		showx(r, D("%s: recv the rest", tname[i]), "data=%s", Q(buf, r));
		send(sv[0], "truncate", 8, 0);
		memset(&mh, 0, sizeof(mh));
		iov.iov_base = buf;
		iov.iov_len = 3;
		mh.msg_iov = &iov;
		mh.msg_iovlen = 1;
		r = recvmsg(sv[1], &mh, 0);
		showx(r, D("%s: recvmsg 3 of 8", tname[i]), "msg_flags=%s", MF(mh.msg_flags));
		recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
		if (types[i] != SOCK_STREAM) {
			send(sv[0], "truncate", 8, 0);
			r = recv(sv[1], buf, 3, MSG_TRUNC);
			show(r, D("%s: recv 3 of 8, MSG_TRUNC", tname[i]));
		}
		/* MSG_PEEK */
		send(sv[0], "peek", 4, 0);
		r = recv(sv[1], buf, sizeof(buf), MSG_PEEK);
		showx(r, D("%s: recv MSG_PEEK", tname[i]), "data=%s", Q(buf, r));
		r = recv(sv[1], buf, sizeof(buf), 0);
		showx(r, D("%s: recv", tname[i]), "data=%s", Q(buf, r));
		show(recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT), D("%s: recv MSG_DONTWAIT, empty", tname[i]));
		if (types[i] == SOCK_STREAM) {
			/* Peeking must not mistake bytes it already saw for new
			 * ones (both once hung socket86; found by sockfuzz). */
			show(send(sv[0], buf, 0, 0), D("%s: send 0 bytes", tname[i]));
			show(recv(sv[1], buf, 1, MSG_PEEK | MSG_DONTWAIT),
			     D("%s: recv MSG_PEEK|MSG_DONTWAIT after it", tname[i]));
			send(sv[0], "x", 1, 0);
			r = recv(sv[1], buf, 2, MSG_PEEK | MSG_WAITALL | MSG_DONTWAIT);
			showx(r, D("%s: recv 2, MSG_PEEK|MSG_WAITALL|MSG_DONTWAIT, 1 queued", tname[i]),
			      "data=%s", Q(buf, r));
			recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT);
		}
		len = sizeof(got);
		r = getsockname(sv[0], SA(&got), &len);
		showx(r, D("%s: getsockname", tname[i]), "addrlen=%u", len);
		len = sizeof(got);
		r = getpeername(sv[0], SA(&got), &len);
		showx(r, D("%s: getpeername", tname[i]), "addrlen=%u", len);
		/* shutdown: a pair shares it (not DGRAM), then close */
		show(shutdown(sv[0], SHUT_WR), D("%s: shutdown(sv0, SHUT_WR)", tname[i]));
		show(recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT), D("%s: recv(sv1) after that", tname[i]));
		show(send(sv[0], "x", 1, NOSIG), D("%s: send(sv0) after its SHUT_WR", tname[i]));
		show(send(sv[1], "y", 1, NOSIG), D("%s: send(sv1)", tname[i]));
		r = recv(sv[0], buf, sizeof(buf), MSG_DONTWAIT);
		showx(r, D("%s: recv(sv0)", tname[i]), "data=%s", Q(buf, r));
		send(sv[0], "z", 1, NOSIG);
		show(close(sv[0]), D("%s: close(sv0)", tname[i]));
		show(recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT), D("%s: recv(sv1) after peer close", tname[i]));
		/* a datagram socket gets no end-of-file: read would sleep */
		if (types[i] != SOCK_DGRAM)
			show(read(sv[1], buf, sizeof(buf)), D("%s: read(sv1)", tname[i]));
		show(send(sv[1], "x", 1, NOSIG), D("%s: send(sv1) to a closed peer", tname[i]));
		show(send(sv[1], "x", 1, NOSIG), D("%s: send(sv1) again", tname[i]));
		close(sv[1]);
	}
	/* failed calls may still write sv[] on Linux: a scratch array */
	show(socketpair(AF_INET, SOCK_STREAM, 0, junk), "socketpair(AF_INET, SOCK_STREAM)");
	show(socketpair(AF_INET, SOCK_DGRAM, 0, junk), "socketpair(AF_INET, SOCK_DGRAM)");
	show(socketpair(AF_UNIX, SOCK_STREAM, 7, junk), "socketpair(AF_UNIX, SOCK_STREAM, 7)");
	/* No socketpair(sv bad pointer): Linux says EFAULT and installs no
	 * descriptor, but qemu-user leaks the two it made on the host. */

	/* Unread data on a stream: the peer sees ECONNRESET. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	send(sv[0], "unread", 6, 0);
	close(sv[1]);
	show(recv(sv[0], buf, sizeof(buf), 0), "STREAM: recv after peer closed with unread data");
	show(recv(sv[0], buf, sizeof(buf), 0), "STREAM: recv again");
	close(sv[0]);

	/* Abstract names: bound by length, not by a terminating NUL. */
	l = mksock(AF_UNIX, SOCK_STREAM);
	ul = sun_abstract(&un, "socket86-test-a");
	show(bind(l, SA(&un), ul), "bind(unix, @socket86-test-a)");
	memset(&got, 0xff, sizeof(got));
	len = sizeof(got);
	r = getsockname(l, SA(&got), &len);
	showx(r, "getsockname", "addrlen=%u addr=%s", len, A(&got, len));
	show(listen(l, 5), "listen");
	c = mksock(AF_UNIX, SOCK_STREAM);
	show(connect(c, SA(&un), ul), "connect(@socket86-test-a)");
	memset(&got, 0xff, sizeof(got));
	len = sizeof(got);
	s = accept(l, SA(&got), &len);
	showx(s, "accept", "addrlen=%u addr=%s", len, A(&got, len));
	len = sizeof(got);
	r = getpeername(c, SA(&got), &len);
	showx(r, "getpeername(client)", "addrlen=%u addr=%s", len, A(&got, len));
	len = sizeof(got);
	r = getsockname(c, SA(&got), &len);
	showx(r, "getsockname(client)", "addrlen=%u", len);
	len = sizeof(got);
	r = getsockname(s, SA(&got), &len);
	showx(r, "getsockname(accepted)", "addrlen=%u addr=%s", len, A(&got, len));
	len = sizeof(got);
	r = getpeername(s, SA(&got), &len);
	showx(r, "getpeername(accepted)", "addrlen=%u", len);
	send(c, "over unix", 9, 0);
	r = recv(s, buf, sizeof(buf), 0);
	showx(r, "recv(accepted)", "data=%s", Q(buf, r));
	show(connect(c, SA(&un), ul), "connect(connected unix socket) again");
	close(s);
	close(c);

	s2 = mksock(AF_UNIX, SOCK_STREAM);
	show(bind(s2, SA(&un), ul), "bind(2nd socket, @socket86-test-a)");
	show(bind(s2, SA(&un), ul + 1), "bind(2nd socket, @socket86-test-a plus a NUL)");
	len = sizeof(got);
	r = getsockname(s2, SA(&got), &len);
	showx(r, "getsockname", "addrlen=%u addr=%s", len, A(&got, len));
	close(s2);
	/* The name space is per socket type: a datagram socket can take
	 * the name the stream listener holds; other types cannot reach it. */
	s2 = mksock(AF_UNIX, SOCK_DGRAM);
	show(bind(s2, SA(&un), ul), "bind(dgram socket, @socket86-test-a)");
	close(s2);
	s2 = mksock(AF_UNIX, SOCK_SEQPACKET);
	show(connect(s2, SA(&un), ul), "connect(seqpacket socket, @socket86-test-a)");
	close(s2);
	ul = sun_abstract(&un2, "socket86-test-nobody");
	c = mksock(AF_UNIX, SOCK_STREAM);
	show(connect(c, SA(&un2), ul), "connect(@socket86-test-nobody)");
	show(connect(c, SA(&un), 1), "connect(unix, addrlen 1)");
	un2.sun_family = AF_INET;
	show(connect(c, SA(&un2), ul), "connect(unix, sun_family AF_INET)");
	close(c);
	s2 = mksock(AF_UNIX, SOCK_DGRAM);
	show(connect(s2, SA(&un), sun_abstract(&un, "socket86-test-a")), "connect(dgram, stream listener's name)");
	close(s2);
	close(l);
	c = mksock(AF_UNIX, SOCK_STREAM);
	show(connect(c, SA(&un), sun_abstract(&un, "socket86-test-a")), "connect(@socket86-test-a) after close");
	close(c);

	/* Autobind: an address of just the family picks a 5-character name */
	s2 = mksock(AF_UNIX, SOCK_DGRAM);
	memset(&un, 0, sizeof(un));
	un.sun_family = AF_UNIX;
	show(bind(s2, SA(&un), sizeof(sa_family_t)), "bind(unix, addrlen 2)");
	len = sizeof(got);
	r = getsockname(s2, SA(&got), &len);
	showx(r, "getsockname", "addrlen=%u abstract: %s", len, yn(len > 2 && got.sun_path[0] == 0));
	close(s2);

	/* Datagrams between named and unnamed sockets */
	s = mksock(AF_UNIX, SOCK_DGRAM);
	ul = sun_abstract(&un, "socket86-test-d");
	show(bind(s, SA(&un), ul), "bind(dgram, @socket86-test-d)");
	c = mksock(AF_UNIX, SOCK_DGRAM);
	show(send(c, "x", 1, 0), "send(unconnected unix dgram)");
	show(sendto(c, "anon", 4, 0, SA(&un), ul), "sendto(@socket86-test-d) from an unnamed socket");
	memset(&got, 0xff, sizeof(got));
	len = sizeof(got);
	r = recvfrom(s, buf, sizeof(buf), 0, SA(&got), &len);
	showx(r, "recvfrom", "data=%s addrlen=%u", Q(buf, r), len);
	ul = sun_abstract(&un2, "socket86-test-e");
	bind(c, SA(&un2), ul);
	sendto(c, "named", 5, 0, SA(&un), sun_abstract(&un, "socket86-test-d"));
	len = sizeof(got);
	r = recvfrom(s, buf, sizeof(buf), 0, SA(&got), &len);
	showx(r, "recvfrom, sender bound", "data=%s addrlen=%u addr=%s", Q(buf, r), len, A(&got, len));
	show(connect(c, SA(&un), sun_abstract(&un, "socket86-test-d")), "connect(dgram, @socket86-test-d)");
	show(send(c, "c1", 2, 0), "send(connected dgram)");
	close(s);
	show(send(c, "c2", 2, 0), "send(connected dgram) after the peer closed");
	show(send(c, "c3", 2, 0), "send() again");
	close(c);

	/* Zero-length receives: EAGAIN while empty; with data a stream
	 * keeps it, a datagram or record is consumed. */
	for (i = 0; i < 3; i++) {
		socketpair(AF_UNIX, types[i], 0, sv);
		show(recv(sv[1], buf, 0, MSG_DONTWAIT), D("%s: recv(0 bytes, MSG_DONTWAIT) empty", tname[i]));
		send(sv[0], "zz", 2, 0);
		show(recv(sv[1], buf, 0, MSG_DONTWAIT), D("%s: recv(0 bytes, MSG_DONTWAIT) with 2 bytes", tname[i]));
		show(recv(sv[1], buf, sizeof(buf), MSG_DONTWAIT), D("%s: recv() then", tname[i]));
		shutdown(sv[0], SHUT_WR);
		show(recv(sv[1], buf, 0, MSG_DONTWAIT), D("%s: recv(0 bytes, MSG_DONTWAIT) after peer's SHUT_WR", tname[i]));
		/* its own SHUT_RD: end of file, but a DGRAM reader that
		 * would not wait still hears EAGAIN */
		shutdown(sv[1], SHUT_RD);
		show(recv(sv[1], buf, 1, MSG_DONTWAIT), D("%s: recv(MSG_DONTWAIT) after SHUT_RD", tname[i]));
		close(sv[0]);
		close(sv[1]);
	}
}

/* ------------------------------------------------------------------ */
/* 14. poll                                                             */

static void sec_poll(void)
{
	struct sockaddr_in aa, la, dead;
	struct pollfd p[3];
	int a, l, c, s, sv[2];
	char buf[16];
	long r;

#define POLL1(fd_, ev_, tmo_, desc_) do { \
		p[0].fd = (fd_); p[0].events = (ev_); p[0].revents = 0x7777; \
		r = poll(p, 1, (tmo_)); \
		showx(r, (desc_), "revents=%s", EV(p[0].revents)); \
	} while (0)

	show(poll(NULL, 0, 0), "poll(no fds, timeout 0)");
	show(poll(NULL, 0, 20), "poll(no fds, timeout 20 ms)");
	a = udp_bound(&aa);
	POLL1(a, POLLIN, 0, "poll(udp, POLLIN) nothing queued");
	POLL1(a, POLLIN, 30, "poll(udp, POLLIN, 30 ms) nothing queued");
	POLL1(a, POLLIN | POLLOUT, 0, "poll(udp, POLLIN|POLLOUT)");
	sendto(a, "self", 4, 0, SA(&aa), sizeof(aa));
	POLL1(a, POLLIN, 0, "poll(udp, POLLIN) datagram queued");
	POLL1(a, POLLOUT, 0, "poll(udp, POLLOUT) datagram queued");
	POLL1(a, 0, 0, "poll(udp, no events) datagram queued");
	recv(a, buf, sizeof(buf), 0);

	/* ICMP error on a connected socket: POLLERR */
	dead = closed_udp_port();
	connect(a, SA(&dead), sizeof(dead));
	send(a, "x", 1, 0);
	POLL1(a, POLLIN, 0, "poll(connected udp after ICMP error, POLLIN)");
	recv(a, buf, sizeof(buf), MSG_DONTWAIT);
	POLL1(a, POLLIN, 0, "poll(same) after the error was read");
	close(a);

	/* Descriptors that are not open, and negative ones */
	POLL1(42, POLLIN, 0, "poll(fd 42 not open)");
	POLL1(-1, POLLIN, 0, "poll(fd -1)");
	p[0].fd = -1; p[0].events = POLLIN; p[0].revents = 0x7777;
	p[1].fd = 42; p[1].events = POLLIN; p[1].revents = 0x7777;
	p[2].fd = 1; p[2].events = 0; p[2].revents = 0x7777;
	r = poll(p, 3, 0);
	showx(r, "poll({-1, 42, stdout with no events})", "revents=%s,%s,%s", EV(p[0].revents),
	      EV(p[1].revents), EV(p[2].revents));

	/* Listening socket: POLLIN means a connection to accept. */
	l = tcp_listener(&la, 5);
	POLL1(l, POLLIN | POLLOUT, 0, "poll(listener) nothing pending");
	c = tcp_client(&la);
	POLL1(l, POLLIN | POLLOUT, 0, "poll(listener) connection pending");
	s = accept_one(l);
	POLL1(l, POLLIN, 0, "poll(listener) after accept");
	POLL1(c, POLLIN | POLLOUT, 0, "poll(connected tcp)");
	POLL1(s, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(accepted tcp)");
	send(c, "data", 4, 0);
	POLL1(s, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(accepted) data queued");
	recv(s, buf, sizeof(buf), 0);
	shutdown(c, SHUT_WR);
	POLL1(s, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(accepted) peer did SHUT_WR");
	POLL1(c, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(client) after own SHUT_WR");
	shutdown(s, SHUT_WR);
	POLL1(s, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(accepted) both directions shut");
	POLL1(c, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(client) both directions shut");
	POLL1(s, 0, 0, "poll(accepted, no events) both directions shut");
	close(s);
	close(c);

	c = tcp_client(&la);
	s = accept_one(l);
	close(s);
	POLL1(c, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(tcp) peer closed");
	send(c, "x", 1, NOSIG);
	POLL1(c, POLLIN | POLLOUT | POLLRDHUP, 0, "poll(tcp) after the peer's RST");
	close(c);
	c = tcp_client(&la);
	s = accept_one(l);
	send(s, "unread", 6, 0);
	send(c, "unread", 6, 0);
	close(s);
	POLL1(c, POLLIN | POLLOUT, 0, "poll(tcp) reset, data still queued");
	close(c);
	close(l);

	c = mksock(AF_INET, SOCK_STREAM);
	POLL1(c, POLLIN | POLLOUT, 0, "poll(new tcp socket)");
	close(c);

	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	POLL1(sv[0], POLLIN | POLLOUT, 0, "poll(unix stream pair)");
	shutdown(sv[1], SHUT_WR);
	POLL1(sv[0], POLLIN | POLLOUT | POLLRDHUP, 0, "poll(unix stream) peer did SHUT_WR");
	close(sv[1]);
	POLL1(sv[0], POLLIN | POLLOUT | POLLRDHUP, 0, "poll(unix stream) peer closed");
	close(sv[0]);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	POLL1(sv[0], POLLIN | POLLOUT, 0, "poll(unix dgram pair)");
	close(sv[1]);
	POLL1(sv[0], POLLIN | POLLOUT | POLLRDHUP, 0, "poll(unix dgram) peer closed");
	close(sv[0]);
#undef POLL1
}

/* ------------------------------------------------------------------ */
/* 15. Blocking calls with a second process.  The child sleeps first so */
/* the parent is surely asleep in the call; only the parent prints,     */
/* after the call returns, so the transcript order is fixed.            */

static void child_connect_send(struct sockaddr_in *to)
{
	int c;

	msleep(50);
	c = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(c, SA(to), sizeof(*to)) < 0)
		_exit(1);
	if (send(c, "from child", 10, 0) != 10)
		_exit(2);
	close(c);
	_exit(0);
}

static void sec_fork(void)
{
	struct sockaddr_in la, aa;
	struct mmsghdr mm[3];
	struct iovec iov[3];
	struct pollfd p;
	char buf[3][32];
	int l, s, sv[2], a, st, i;
	pid_t pid;
	long r, got;

	/* accept() sleeps until the child connects */
	l = tcp_listener(&la, 5);
	pid = fork();
	if (pid == 0)
		child_connect_send(&la);
	s = accept(l, NULL, NULL);
	show(s, "accept() blocked until the child connected");
	r = read_all(s, buf[0], 10);
	showx(r, "recv until EOF", "data=%s", Q(buf[0], r));
	show(recv(s, buf[0], sizeof(buf[0]), 0), "recv() at EOF");
	waitpid(pid, &st, 0);
	note("child", "%s", status_str(st));
	close(s);
	close(l);

	/* recv() sleeps until data arrives */
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	pid = fork();
	if (pid == 0) {
		close(sv[0]);
		msleep(50);
		send(sv[1], "late", 4, 0);
		msleep(50);
		_exit(0);
	}
	close(sv[1]);
	r = recv(sv[0], buf[0], sizeof(buf[0]), 0);
	showx(r, "recv() blocked on a unix stream", "data=%s", Q(buf[0], r));
	show(recv(sv[0], buf[0], sizeof(buf[0]), 0), "recv() blocked until the child exited");
	waitpid(pid, &st, 0);
	note("child", "%s", status_str(st));
	close(sv[0]);

	/* poll() with no timeout sleeps until the child sends */
	a = udp_bound(&aa);
	pid = fork();
	if (pid == 0) {
		int c = socket(AF_INET, SOCK_DGRAM, 0);

		msleep(50);
		sendto(c, "wake", 4, 0, SA(&aa), sizeof(aa));
		_exit(0);
	}
	p.fd = a;
	p.events = POLLIN;
	p.revents = 0;
	r = poll(&p, 1, -1);
	showx(r, "poll(udp, POLLIN, -1) blocked", "revents=%s", EV(p.revents));
	r = recv(a, buf[0], sizeof(buf[0]), 0);
	showx(r, "recv", "data=%s", Q(buf[0], r));
	waitpid(pid, &st, 0);
	note("child", "%s", status_str(st));

	/* recvmmsg() collects three datagrams sent 20 ms apart */
	pid = fork();
	if (pid == 0) {
		int c = socket(AF_INET, SOCK_DGRAM, 0);

		for (i = 0; i < 3; i++) {
			msleep(20);
			sendto(c, D("dgram %d", i + 1), 7, 0, SA(&aa), sizeof(aa));
		}
		_exit(0);
	}
	memset(mm, 0, sizeof(mm));
	for (i = 0; i < 3; i++) {
		iov[i].iov_base = buf[i];
		iov[i].iov_len = sizeof(buf[i]);
		mm[i].msg_hdr.msg_iov = &iov[i];
		mm[i].msg_hdr.msg_iovlen = 1;
	}
	r = recvmmsg(a, mm, 3, 0, NULL);
	showx(r, "recvmmsg(3) blocked", "data=%s,%s,%s", Q(buf[0], mm[0].msg_len),
	      Q(buf[1], mm[1].msg_len), Q(buf[2], mm[2].msg_len));
	waitpid(pid, &st, 0);
	note("child", "%s", status_str(st));
	close(a);

	/* A blocking send larger than all buffers returns only when the
	 * slow reader has taken enough. */
	for (i = 0; i < 2; i++) {
		long want = 1024 * 1024;
		int w, rd;

		if (i == 0) {
			tcp_pair(&w, &rd);
		} else {
			socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
			w = sv[0];
			rd = sv[1];
		}
		pid = fork();
		if (pid == 0) {
			close(w);
			for (got = 0; got < want; got += r) {
				msleep(2);
				r = recv(rd, bigin, 32768, 0);
				if (r <= 0)
					break;
				if (bigin[0] != 'b' || bigin[r - 1] != 'b')
					_exit(3);
			}
			_exit(got == want ? 0 : 1);
		}
		close(rd);
		memset(big, 'b', sizeof(big));
		for (got = 0; got < want; got += r) {
			r = send(w, big, want - got > (long)sizeof(big) ? (long)sizeof(big) : want - got, 0);
			if (r <= 0)
				break;
		}
		note(i ? "unix: blocking sends of 1 MiB to a slow reader"
			   : "tcp: blocking sends of 1 MiB to a slow reader",
		      "all sent: %s", yn(got == want));
		waitpid(pid, &st, 0);
		note("child read all of it", "%s", status_str(st));
		close(w);
	}

	/* SIGPIPE's default action ends a writer whose reader is gone. */
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	close(sv[1]);
	pid = fork();
	if (pid == 0) {
		signal(SIGPIPE, SIG_DFL);
		send(sv[0], "x", 1, 0);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	note("child sending to a closed unix peer, SIGPIPE default", "%s", status_str(st));
	pid = fork();
	if (pid == 0) {
		signal(SIGPIPE, SIG_DFL);
		_exit(send(sv[0], "x", 1, NOSIG) < 0 && errno == EPIPE ? 0 : 1);
	}
	waitpid(pid, &st, 0);
	note("same with MSG_NOSIGNAL", "%s", status_str(st));
	close(sv[0]);
}

/* ------------------------------------------------------------------ */

static const struct section {
	const char *name;
	void (*fn)(void);
} sections[] = {
	{ "socketcall", sec_socketcall },
	{ "socket", sec_socket },
	{ "emfile", sec_emfile },
	{ "bind", sec_bind },
	{ "udp", sec_udp },
	{ "udp-err", sec_udp_err },
	{ "mmsg", sec_mmsg },
	{ "tcp", sec_tcp },
	{ "tcp-err", sec_tcp_err },
	{ "tcp-nb", sec_tcp_nb },
	{ "tcp-close", sec_tcp_close },
	{ "sockopt", sec_sockopt },
	{ "unix", sec_unix },
	{ "poll", sec_poll },
	{ "fork", sec_fork },
};

int main(int argc, char **argv)
{
	const char *only = argc > 1 ? argv[1] : NULL;
	int i, ran = 0;

	/* Start from the state our kernel gives a new process: 0, 1 and 2
	 * open, nothing else (a shell or test harness on Linux may pass
	 * more, or start us with stdin closed).  Descriptor numbers are
	 * part of the transcript. */
	for (i = 3; i < 1024; i++)
		close(i);
	for (i = 0; i < 3; i++)
		if (fcntl(i, F_GETFD, 0) < 0)
			dup2(1, i);
	/* EPIPE must come back as an error, not kill the probe. */
	signal(SIGPIPE, SIG_IGN);

	for (i = 0; i < ARRAY_SIZE(sections); i++) {
		if (only && strcmp(only, sections[i].name) && atoi(only) != i + 1)
			continue;
		printf("== %d %s ==\n", i + 1, sections[i].name);
		sections[i].fn();
		fds_clean();
		ran++;
	}
	if (!ran) {
		printf("socktest: no section \"%s\"; sections are:", only);
		for (i = 0; i < ARRAY_SIZE(sections); i++)
			printf(" %d=%s", i + 1, sections[i].name);
		printf("\n");
		return 2;
	}
	printf("socktest: done\n");
	return 0;
}
