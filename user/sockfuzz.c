/* sockfuzz: a deterministic (seeded) fuzzer of the socket system calls, via
 * socketcall(102) and the direct calls, with hostile fds, lengths, flags and
 * pointers, plus children killed mid-way; the kernel must survive it, never
 * block a non-blocking caller, and get all its memory back afterwards. */
#include "ulib.h"
#include "linux/tcp.h"

/* usage: sockfuzz [seed] [iterations] [children] [trace-from] [avoid-mask]
 * trace-from >= 0 prints every call from that iteration on (for minimising);
 * avoid-mask steps around known kernel bugs (see AVOID_ below). */

#define PAGE     4096UL
#define MAXFD    64
#define A_PAGES  32                 /* data scratch, followed by a hole */
#define S_PAGES  16                 /* structures, followed by a hole */

/* ---- PRNG (xorshift32) ---- */
static unsigned int rs;
static unsigned int rnd(void)
{
	rs ^= rs << 13;
	rs ^= rs >> 17;
	rs ^= rs << 5;
	return rs;
}
static long rn(unsigned int n) { return n ? (long)(rnd() % n) : 0; }

/* ---- memory ---- */
static char *A, *A_hole;            /* data buffers; A_hole unmapped */
static char *S, *S_hole;            /* arg blocks, sockaddrs, msghdrs, iovecs */
static char *RO;                    /* a PROT_READ page: must stay zero */
extern char __executable_start[], etext[];
static unsigned int text_sum;

/* S layout */
#define S_ARGS    0
#define S_ADDR    64
#define S_LEN     320
#define S_OPT     384
#define S_OPTLEN  640
#define S_SV      700
#define S_TS      720
#define S_MSG     768               /* one msghdr */
#define S_IOV     8192              /* 1024 iovecs */
#define S_MMSG    16384             /* 1024 mmsghdrs (32 bytes) */
#define S_CTL     49152             /* control buffer, 4 KiB */
#define S_NAME    53248             /* msg_name buffers, 8 x 256 */
#define S_SUBIOV  55552             /* per-mmsghdr iovec arrays, 8 x 16 */

/* ---- state ---- */
static int trace_from = -1, iter, tracing;
static unsigned long ncalls, nerrors;
static int is_child;
static int sane;                /* this call's arguments are mostly valid */
/* Known kernel bugs to step around (argv[5]), so a run can get past them. */
static unsigned int avoid;
#define AVOID_UNIX_PEEK 1       /* unix stream recv(MSG_PEEK) can spin */
/* What we believe each fd is: 0 unknown/closed, else domain<<8 | type. */
static unsigned short fdkind[MAXFD];
static unsigned char connected[MAXFD];  /* from socketpair, accept, connect */

static const char *const scname[] = {
	"?", "socket", "bind", "connect", "listen", "accept", "getsockname",
	"getpeername", "socketpair", "send", "recv", "sendto", "recvfrom",
	"shutdown", "setsockopt", "getsockopt", "sendmsg", "recvmsg", "accept4",
	"recvmmsg", "sendmmsg",
};
static const unsigned char scnargs[] = {
	0, 3, 3, 3, 2, 3, 3, 3, 4, 4, 4, 6, 6, 2, 5, 5, 3, 3, 4, 5, 4,
};

/* Per-call tallies, printed with trace-from -2. */
static struct { const char *name; unsigned int sub, ok, err; } tally[64];

static void count(const char *name, unsigned int sub, long r)
{
	unsigned int i;

	for (i = 0; i < 64 && tally[i].name; i++)
		if (tally[i].name == name && tally[i].sub == sub)
			break;
	if (i == 64)
		return;
	tally[i].name = name;
	tally[i].sub = sub;
	if (r < 0 && r > -4096)
		tally[i].err++;
	else
		tally[i].ok++;
}

static long sys(const char *name, long nr, long a, long b, long c, long d,
		long e, long f)
{
	long r;

	if (tracing)
		printf("#%d %s(%#lx, %#lx, %#lx, %#lx, %#lx, %#lx)", iter, name,
		       a, b, c, d, e, f);
	r = __syscall6(nr, a, b, c, d, e, f);
	ncalls++;
	if (r < 0 && r > -4096)
		nerrors++;
	count(name, nr == __NR_socketcall ? (unsigned int)a : 0, r);
	if (tracing)
		printf(" = %ld %s\n", r, r < 0 && r > -4096 ? errno_name(-r) : "");
	return r;
}

/* ---- interesting values ---- */
static int pick_fd(void)
{
	static const int odd[] = { -1, 1000, 63, 64, 0x7fffffff, -100 };
	unsigned int r = sane ? 0 : rn(20);
	int i;

	if (sane && rn(4)) {            /* prefer connected sockets */
		for (i = 0; i < 16; i++) {
			int fd = 3 + rn(MAXFD - 3);
			if (connected[fd])
				return fd;
		}
	}
	if (r < 13) {
		for (i = 0; i < 8; i++) {
			int fd = 3 + rn(MAXFD - 3);
			if (fdkind[fd])
				return fd;
		}
	}
	if (r < 17)
		return rn(11);
	return odd[rn(6)];
}

static long pick_len(void)
{
	static const long v[] = { 0, 1, 16, 110, 128, 65507, 65536, 0x7fffffff, -1 };
	unsigned int r = rn(14);

	if (sane)
		return rn(4) ? rn(3000) : v[rn(7)];
	if (r < 9)
		return v[r];
	if (r < 12)
		return rn(200);
	if (r == 12)
		return rn(70000);
	return rnd();
}

/* A user pointer: mostly good (inside A), else one of the bad kinds. */
static long pick_ptr(void)
{
	switch (sane && rn(16) ? 99 : rn(24)) {
	case 0: return 0;
	case 1: return 0xC0000000UL;
	case 2: return 0xFFFFFFFFUL;
	case 3: return (unsigned long)A_hole + rn(PAGE);
	case 4: return (unsigned long)__executable_start + PAGE + rn(PAGE);
	case 5: return (unsigned long)RO + rn(64);
	case 6: return (unsigned long)A_hole - 1 - rn(64);     /* straddles */
	case 7: return 0xC0000000UL | rnd();
	case 8: return 0xC0000000UL - 1 - rn(16);              /* into kernel */
	case 9: return 1 + rn(4095);
	case 10: return (unsigned long)S_hole - 1 - rn(32);
	default: return (unsigned long)A + rn(8192);
	}
}

static int pick_msgflags(void)
{
	static const int f[] = {
		MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_TRUNC, MSG_DONTWAIT,
		MSG_EOR, MSG_WAITALL, MSG_CONFIRM, MSG_ERRQUEUE, MSG_MORE,
		MSG_WAITFORONE, MSG_CMSG_CLOEXEC, MSG_PROBE, MSG_FASTOPEN,
		MSG_ZEROCOPY, MSG_BATCH, MSG_SYN, MSG_FIN, MSG_RST,
	};
	int fl = 0, i, n;

	if (!sane && rn(6) == 0)
		fl = rnd();
	else if (sane)
		fl = rn(3) ? 0 : f[rn(7)];
	else
		for (i = 0, n = rn(4); i < n; i++)
			fl |= f[rn(sizeof(f) / sizeof(f[0]))];
	if (rn(10))
		fl |= MSG_DONTWAIT;
	if (rn(10))
		fl |= MSG_NOSIGNAL;
	return fl;
}

/* Fill a sockaddr at p (room for 256 bytes); return a length for it. */
static long fill_addr(char *p)
{
	static const long lens[] = { 0, 1, 2, 3, 15, 16, 17, 28, 108, 109, 110,
				     111, 128, 256, -1, 0x7fffffff };
	struct sockaddr_in *in = (void *)p;
	struct sockaddr_un *un = (void *)p;
	unsigned int i, kind = rn(10);
	long len;

	memset(p, 0, 256);
	if (kind < 4) {
		in->sin_family = AF_INET;
		in->sin_port = htons(rn(3) ? 7000 + rn(8) : rn(3) ? 0 : (long)rnd());
		switch (rn(5)) {
		case 0: in->sin_addr.s_addr = 0; break;
		case 1: in->sin_addr.s_addr = htonl(rnd()); break;
		case 2: in->sin_addr.s_addr = 0xffffffff; break;
		default: in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		}
		len = rn(4) ? 16 : lens[rn(16)];
	} else if (kind < 8) {
		un->sun_family = AF_UNIX;
		switch (rn(4)) {
		case 0:                 /* autobind / unnamed */
			len = 2;
			break;
		case 1:                 /* a path: no file system here */
			memcpy(un->sun_path, "/tmp/sfz", 8);
			len = 2 + 9;
			break;
		case 2:                 /* random bytes */
			for (i = 0; i < 108; i++)
				un->sun_path[i] = rnd();
			len = 2 + rn(110);
			break;
		default:                /* one of 8 abstract names */
			memcpy(un->sun_path + 1, "sfz", 3);
			un->sun_path[4] = '0' + rn(8);
			len = 2 + 5;
		}
		if (rn(5) == 0)
			len = lens[rn(16)];
	} else {
		static const unsigned short fam[] = { AF_UNSPEC, AF_INET6, AF_NETLINK,
						      AF_PACKET, AF_MAX, 0xffff };
		for (i = 0; i < 256; i++)
			p[i] = rnd();
		*(unsigned short *)p = rn(2) ? fam[rn(6)] : (unsigned short)rnd();
		len = lens[rn(16)];
	}
	return len;
}

/* An address argument: (ptr, len), ptr usually S+S_ADDR. */
static void pick_addr(long *ptr, long *len)
{
	*len = fill_addr(S + S_ADDR);
	*ptr = (long)(S + S_ADDR);
	if (rn(8) == 0) {
		*ptr = pick_ptr();
	} else if (rn(12) == 0) {       /* the sockaddr straddles the hole */
		long k = 1 + rn(16);
		memcpy(S_hole - k, S + S_ADDR, k);
		*ptr = (long)(S_hole - k);
	}
}

/* A socklen_t* argument (in/out): S+S_LEN holding an odd length, or bad. */
static long pick_lenptr(unsigned int off)
{
	static const int v[] = { 0, 1, 2, 4, 8, 16, 28, 110, 128, 256, -1, 0x7fffffff };

	*(int *)(S + off) = sane ? v[5 + rn(5)] : rn(3) ? v[rn(12)] : (int)rnd();
	switch (sane ? 9 : rn(10)) {
	case 0: return pick_ptr();
	case 1: return (long)(S_hole - 1 - rn(3));
	default: return (long)(S + off);
	}
}

static void fill_iov(struct iovec *iov, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		iov[i].iov_base = (void *)pick_ptr();
		iov[i].iov_len = rn(3) ? (size_t)rn(300) : (size_t)pick_len();
	}
}

static unsigned int pick_iovlen(void)
{
	static const unsigned int v[] = { 0, 1, 2, 3, 8, 16, 1024, 1025, 0xffffffff,
					  0x80000000 };
	return sane || rn(3) ? (unsigned int)(1 + rn(3)) : v[rn(10)];
}

static void fill_control(struct msghdr *m)
{
	struct cmsghdr *c = (void *)(S + S_CTL);
	int *fds = (int *)CMSG_DATA(c);
	unsigned int i, n;

	switch (rn(6)) {
	case 0: case 1:
		m->msg_control = NULL;
		m->msg_controllen = rn(4) ? 0 : pick_len();
		return;
	case 2:                         /* SCM_RIGHTS with some of our fds */
		n = 1 + rn(4);
		c->cmsg_len = CMSG_LEN(n * sizeof(int));
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		for (i = 0; i < n; i++)
			fds[i] = 3 + rn(MAXFD - 3);
		m->msg_controllen = CMSG_SPACE(n * sizeof(int));
		break;
	case 3:                         /* SCM_CREDENTIALS */
		c->cmsg_len = CMSG_LEN(sizeof(struct ucred));
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_CREDENTIALS;
		fds[0] = rnd(); fds[1] = rnd(); fds[2] = rnd();
		m->msg_controllen = CMSG_SPACE(sizeof(struct ucred));
		break;
	default:                        /* garbage */
		for (i = 0; i < 64; i++)
			((unsigned int *)c)[i] = rn(2) ? rnd() : (unsigned int)rn(64);
		m->msg_controllen = rn(2) ? rn(256) : pick_len();
	}
	m->msg_control = c;
	if (rn(6) == 0)
		m->msg_control = (void *)pick_ptr();
}

static void fill_msghdr(struct msghdr *m, struct iovec *iov, unsigned int maxiov,
			char *name)
{
	unsigned int n = pick_iovlen();

	fill_iov(iov, n < maxiov ? n : maxiov);
	m->msg_iov = rn(10) ? iov : (void *)pick_ptr();
	m->msg_iovlen = n;
	m->msg_namelen = fill_addr(name);
	m->msg_name = rn(3) == 0 ? NULL : rn(8) ? name : (void *)pick_ptr();
	if (m->msg_name == NULL && rn(2))
		m->msg_namelen = 0;
	fill_control(m);
	m->msg_flags = rnd();
}

/* Return a msghdr pointer (usually S+S_MSG, sometimes straddling or bad). */
static long pick_msghdr(void)
{
	struct msghdr *m = (void *)(S + S_MSG);

	fill_msghdr(m, (void *)(S + S_IOV), 1024, S + S_NAME);
	switch (rn(14)) {
	case 0: return pick_ptr();
	case 1: {
		long k = 1 + rn(sizeof(*m) - 1);
		memcpy(S_hole - k, m, k);
		return (long)(S_hole - k);
	}
	default: return (long)m;
	}
}

static long pick_mmsg(unsigned int *vlen)
{
	static const unsigned int v[] = { 0, 1, 2, 8, 1024, 1025, 0xffffffff };
	struct mmsghdr *vec = (void *)(S + S_MMSG);
	unsigned int i, n = 1 + rn(8);

	memset(vec, 0, 1024 * sizeof(*vec));
	for (i = 0; i < n; i++) {
		fill_msghdr(&vec[i].msg_hdr, (void *)(S + S_SUBIOV) + i * 16 * 8, 16,
			    S + S_NAME + i * 256);
		vec[i].msg_len = rnd();
	}
	*vlen = rn(3) ? n : v[rn(7)];
	switch (rn(12)) {
	case 0: return pick_ptr();
	case 1: {
		long k = sizeof(*vec) * (1 + rn(2)) - 1 - rn(sizeof(*vec) - 1);
		memcpy(S_hole - k, vec, k);
		return (long)(S_hole - k);
	}
	default: return (long)vec;
	}
}

static long pick_ts(void)
{
	struct timespec *ts = (void *)(S + S_TS);

	ts->tv_sec = rn(4) ? 0 : rn(2) ? -1 : (long)rnd();
	ts->tv_nsec = rn(4) ? rn(1000) : (long)rnd();
	switch (rn(5)) {
	case 0: return 0;
	case 1: return pick_ptr();
	default: return (long)ts;
	}
}

/* ---- fd bookkeeping ---- */
static int nb_fixup(long fd)
{
	if (fd >= 0 && fd < MAXFD) {
		/* Whatever made it, the new fd must never block. */
		__syscall6(__NR_fcntl, fd, F_SETFL, O_NONBLOCK | O_RDWR, 0, 0, 0);
		if (!fdkind[fd])
			fdkind[fd] = 0xffff;
	}
	return fd;
}

static int open_fds(void)
{
	int fd, n = 0;

	for (fd = 3; fd < MAXFD; fd++) {
		if (__syscall6(__NR_fcntl, fd, F_GETFD, 0, 0, 0, 0) >= 0) {
			n++;
			if (!fdkind[fd])
				fdkind[fd] = 0xffff;
		} else {
			fdkind[fd] = 0, connected[fd] = 0;
		}
	}
	return n;
}

/* Keep the table under ~40 fds, and every fd non-blocking. */
static void sweep(void)
{
	int fd;

	if (open_fds() > 40) {
		for (fd = 3; fd < MAXFD; fd++)
			if (fdkind[fd] && rn(2)) {
				sys("close", __NR_close, fd, 0, 0, 0, 0, 0);
				fdkind[fd] = 0, connected[fd] = 0;
			}
	}
	for (fd = 3; fd < MAXFD; fd++)
		if (fdkind[fd])
			__syscall6(__NR_fcntl, fd, F_SETFL, O_NONBLOCK | O_RDWR, 0, 0, 0);
}

static int is_unix_stream(long fd)
{
	int v[2] = { 0, 0 }, len = sizeof(int);

	__syscall6(__NR_getsockopt, fd, SOL_SOCKET, SO_DOMAIN, (long)&v[0], (long)&len, 0);
	len = sizeof(int);
	__syscall6(__NR_getsockopt, fd, SOL_SOCKET, SO_TYPE, (long)&v[1], (long)&len, 0);
	return v[0] == AF_UNIX && v[1] == SOCK_STREAM;
}

/* ---- the calls ---- */
/* Make a socket call: directly, through socketcall with a good block, or
 * through socketcall with a bad block.  a[] are the socketcall arguments. */
static long sockcall(int call, long *a)
{
	static const long direct[] = {
		0, __NR_socket, __NR_bind, __NR_connect, __NR_listen, 0,
		__NR_getsockname, __NR_getpeername, __NR_socketpair, 0, 0,
		__NR_sendto, __NR_recvfrom, __NR_shutdown, __NR_setsockopt,
		__NR_getsockopt, __NR_sendmsg, __NR_recvmsg, __NR_accept4,
		__NR_recvmmsg, __NR_sendmmsg,
	};
	unsigned int r = rn(20), n = scnargs[call];
	long *blk;

	if ((avoid & AVOID_UNIX_PEEK) && (a[call == SYS_RECVMSG ? 2 : 3] & MSG_PEEK) &&
	    (call == SYS_RECV || call == SYS_RECVFROM || call == SYS_RECVMSG ||
	     call == SYS_RECVMMSG) && is_unix_stream(a[0]))
		a[call == SYS_RECVMSG ? 2 : 3] &= ~MSG_PEEK;

	if (r < 10 && direct[call]) {
		if (call == SYS_RECVMMSG || call == SYS_SENDMMSG)
			return sys(scname[call], direct[call], a[0], a[1], a[2], a[3],
				   a[4], 0);
		return sys(scname[call], direct[call], a[0], a[1], a[2], a[3], a[4],
			   a[5]);
	}
	blk = (long *)(S + S_ARGS);
	if (r == 19) {                  /* bad argument block */
		switch (rn(4)) {
		case 0:
			return sys("socketcall", __NR_socketcall, call, pick_ptr(), 0, 0,
				   0, 0);
		case 1: {               /* the block runs into the hole */
			unsigned int k = rn(n);
			blk = (long *)(S_hole - 4 * k);
			memcpy(blk, a, 4 * k);
			return sys("socketcall", __NR_socketcall, call, (long)blk, 0, 0,
				   0, 0);
		}
		case 2:
			memcpy(blk, a, 4 * n);
			return sys("socketcall", __NR_socketcall,
				   rn(2) ? (long)rnd() : (long)(rn(2) ? 0 : 21 + rn(4)),
				   (long)blk, 0, 0, 0, 0);
		default:                /* read-only block: fine for reading */
			break;
		}
	}
	memcpy(blk, a, 4 * 6);
	return sys("socketcall", __NR_socketcall, call, (long)blk, 0, 0, 0, 0);
}

static const int domains[] = { AF_UNIX, AF_INET };
static const int types[] = { SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET };

static long op_socket(void)
{
	long a[6] = { 0 };
	long fd;

	if (rn(4)) {
		a[0] = domains[rn(2)];
		a[1] = types[rn(3)];
		a[2] = rn(4) ? 0 : a[0] == AF_INET ? (rn(2) ? IPPROTO_TCP : IPPROTO_UDP)
			: (long)rn(300);
	} else {
		a[0] = rn(2) ? (long)rn(48) : (long)rnd();
		a[1] = rn(2) ? (long)rn(12) : (long)rnd();
		a[2] = rn(2) ? (long)rn(300) : (long)rnd();
	}
	a[1] |= SOCK_NONBLOCK | (rn(4) ? 0 : SOCK_CLOEXEC);
	fd = sockcall(SYS_SOCKET, a);
	if (fd >= 0 && fd < MAXFD)
		fdkind[fd] = a[0] << 8 | (a[1] & 15), connected[fd] = 0;
	return fd;
}

static void op_socketpair(void)
{
	long a[6] = { 0 };
	int *sv = (int *)(S + S_SV);
	long r;

	a[0] = rn(5) ? AF_UNIX : rn(2) ? AF_INET : (long)rnd();
	a[1] = rn(5) ? types[rn(3)] : (long)rnd();
	a[1] |= SOCK_NONBLOCK;
	a[2] = rn(5) ? 0 : (long)rnd();
	a[3] = rn(6) ? (long)sv : rn(2) ? pick_ptr() : (long)(S_hole - 4);
	sv[0] = sv[1] = -7;
	r = sockcall(SYS_SOCKETPAIR, a);
	if (r == 0 && a[3] == (long)sv) {
		if (nb_fixup(sv[0]) >= 0 && sv[0] < MAXFD)
			connected[sv[0]] = 1;
		if (nb_fixup(sv[1]) >= 0 && sv[1] < MAXFD)
			connected[sv[1]] = 1;
	}
}

static void op_bind(void)
{
	long a[6] = { pick_fd() };

	pick_addr(&a[1], &a[2]);
	sockcall(SYS_BIND, a);
}

static void op_connect(void)
{
	long a[6] = { pick_fd() };

	pick_addr(&a[1], &a[2]);
	sockcall(SYS_CONNECT, a);
}

static void op_listen(void)
{
	static const long bl[] = { 0, 1, 2, 5, -1, 0x7fffffff, SOMAXCONN + 1 };
	long a[6] = { pick_fd(), bl[rn(7)] };

	sockcall(SYS_LISTEN, a);
}

static void op_accept(void)
{
	long a[6] = { pick_fd() };
	long fd;
	int call = rn(2) ? SYS_ACCEPT4 : SYS_ACCEPT;

	switch (rn(4)) {
	case 0: a[1] = 0; a[2] = 0; break;
	case 1: a[1] = pick_ptr(); a[2] = pick_lenptr(S_LEN); break;
	default: a[1] = (long)(S + S_ADDR); a[2] = pick_lenptr(S_LEN);
	}
	a[3] = SOCK_NONBLOCK | (rn(3) ? 0 : rn(2) ? SOCK_CLOEXEC : (long)rnd());
	fd = sockcall(call, a);
	if (nb_fixup(fd) >= 0 && fd < MAXFD)
		connected[fd] = 1;
}

static void op_getname(void)
{
	long a[6] = { pick_fd() };

	a[1] = rn(6) ? (long)(S + S_ADDR) : pick_ptr();
	a[2] = pick_lenptr(S_LEN);
	sockcall(rn(2) ? SYS_GETSOCKNAME : SYS_GETPEERNAME, a);
}

static void op_send(void)
{
	long a[6] = { pick_fd(), pick_ptr(), rn(3) ? (long)rn(2000) : pick_len(),
		      pick_msgflags() };
	int call = rn(3) ? SYS_SENDTO : SYS_SEND;

	if (call == SYS_SENDTO) {
		if (rn(3))
			pick_addr(&a[4], &a[5]);
		else
			a[4] = 0, a[5] = rn(2) ? 0 : pick_len();
	}
	if (call == SYS_SEND && rn(2) == 0) {
		/* send has no direct call: use write now and then */
		sys("write", __NR_write, a[0] < 3 ? 3 : a[0], a[1], a[2], 0, 0, 0);
		return;
	}
	sockcall(call, a);
}

static void op_recv(void)
{
	long a[6] = { pick_fd(), pick_ptr(), rn(3) ? (long)rn(2000) : pick_len(),
		      pick_msgflags() | MSG_DONTWAIT };
	int call = rn(3) ? SYS_RECVFROM : SYS_RECV;

	if (call == SYS_RECVFROM) {
		if (rn(3)) {
			a[4] = rn(5) ? (long)(S + S_ADDR) : pick_ptr();
			a[5] = pick_lenptr(S_LEN);
		} else {
			a[4] = 0;
			a[5] = rn(2) ? 0 : pick_lenptr(S_LEN);
		}
	}
	if (call == SYS_RECV && rn(2) == 0) {
		if (a[0] >= 3 && a[0] < MAXFD && fdkind[a[0]])
			sys("read", __NR_read, a[0], a[1], a[2], 0, 0, 0);
		return;
	}
	sockcall(call, a);
}

static void op_shutdown(void)
{
	long a[6] = { pick_fd(), rn(4) ? (long)rn(3) : rn(2) ? (long)rnd() : -1 };

	sockcall(SYS_SHUTDOWN, a);
}

static void op_sockopt(void)
{
	static const long lv[] = { SOL_SOCKET, SOL_SOCKET, SOL_IP, SOL_TCP, SOL_UDP,
				   -1, 0x7fffffff };
	long a[6] = { pick_fd() };
	int *ov = (int *)(S + S_OPT);
	unsigned int i;

	a[1] = sane ? lv[rn(5)] : rn(8) ? lv[rn(7)] : (long)rnd();
	a[2] = sane ? (long)rn(40) : rn(8) ? (long)rn(45) : (long)rnd();
	for (i = 0; i < 64; i++)
		ov[i] = rn(3) ? (int)rn(3) : (int)rnd();
	a[3] = rn(6) ? (long)ov : pick_ptr();
	if (rn(2)) {
		static const long ol[] = { 0, 1, 2, 4, 8, 16, 256, -1, 0x7fffffff };
		a[4] = rn(2) ? 4 : ol[rn(9)];
		/* a long linger would make close() wait: keep it to a second */
		if (a[1] == SOL_SOCKET && a[2] == SO_LINGER) {
			ov[0] = rn(2);
			ov[1] = rn(2);
		}
		sockcall(SYS_SETSOCKOPT, a);
	} else {
		a[4] = pick_lenptr(S_OPTLEN);
		sockcall(SYS_GETSOCKOPT, a);
	}
}

static void op_msg(void)
{
	long a[6] = { pick_fd(), pick_msghdr(), pick_msgflags() };

	if (rn(2)) {
		sockcall(SYS_SENDMSG, a);
	} else {
		a[2] |= MSG_DONTWAIT;
		sockcall(SYS_RECVMSG, a);
	}
}

static void op_mmsg(void)
{
	unsigned int vlen;
	long a[6] = { pick_fd() };

	a[1] = pick_mmsg(&vlen);
	a[2] = vlen;
	a[3] = pick_msgflags();
	if (rn(2)) {
		sockcall(SYS_SENDMMSG, a);
	} else {
		a[3] |= MSG_DONTWAIT;
		a[4] = pick_ts();
		sockcall(SYS_RECVMMSG, a);
	}
}

static void op_poll(void)
{
	static const long nv[] = { 0, 1, 2, 5, 16, 64, 65, 1024, 4096, 0x7fffffff, -1 };
	struct pollfd *p = (void *)A;
	long n = rn(3) ? 1 + rn(8) : nv[rn(11)];
	long ptr = (long)p;
	unsigned int i;

	for (i = 0; i < 64; i++) {
		p[i].fd = pick_fd();
		p[i].events = rn(2) ? (POLLIN | POLLOUT) : (short)rnd();
		p[i].revents = rnd();
	}
	if (rn(8) == 0)
		ptr = rn(2) ? (long)pick_ptr() : (long)(A_hole - 8 * (1 + rn(3)) + rn(2) * 4);
	sys("poll", __NR_poll, ptr, n, rn(6) ? 0 : 1, 0, 0, 0);
}

static int pick_newfd(void)
{
	return rn(10) ? 3 + (int)rn(MAXFD - 3) : rn(2) ? MAXFD : rn(2) ? -1 : 1000;
}

static void op_fdops(void)
{
	int fd = pick_fd(), nfd;
	long r;

	if (fd >= 0 && fd < 3)          /* leave the console alone */
		fd = 3 + rn(MAXFD - 3);
	switch (rn(8)) {
	case 0: case 1:
		r = sys("close", __NR_close, fd, 0, 0, 0, 0, 0);
		if (fd >= 0 && fd < MAXFD)
			fdkind[fd] = 0, connected[fd] = 0;
		(void)r;
		break;
	case 2:
		nb_fixup(sys("dup", __NR_dup, fd, 0, 0, 0, 0, 0));
		break;
	case 3:
		nfd = pick_newfd();
		r = sys("dup2", __NR_dup2, fd, nfd, 0, 0, 0, 0);
		if (r >= 0 && r < MAXFD)
			fdkind[r] = fd >= 0 && fd < MAXFD && fdkind[fd] ? fdkind[fd] : 0xffff,
			connected[r] = fd >= 0 && fd < MAXFD && connected[fd];
		break;
	case 4:
		nb_fixup(sys("fcntl", __NR_fcntl, fd, rn(2) ? F_DUPFD : F_DUPFD_CLOEXEC,
			     rn(3) ? (long)rn(70) : (long)rnd(), 0, 0, 0));
		break;
	case 5:
		sys("fcntl", __NR_fcntl, fd, F_SETFL, (long)(rnd() | O_NONBLOCK), 0, 0, 0);
		break;
	case 6: {
		static const long cmds[] = { F_GETFD, F_SETFD, F_GETFL, F_GETLK, F_SETLK,
					     F_SETOWN, F_GETOWN, 10, 11, 12, 13, 1031,
					     1032, 1033, 0x7fffffff };
		sys("fcntl", __NR_fcntl, fd, cmds[rn(15)],
		    rn(2) ? (long)rn(4) : (long)pick_ptr(), 0, 0, 0);
		break;
	}
	default: {
		static const long req[] = { FIONREAD, TIOCOUTQ, FIONCLEX, 0x5451,
					    0x8912, 0x8915, 0x890B, 0 };
		long rq = rn(5) ? req[rn(8)] : (long)rnd();
		if (rq == FIONBIO)
			rq = FIONREAD;
		sys("ioctl", __NR_ioctl, fd, rq, pick_ptr(), 0, 0, 0);
	}
	}
}

/* Valid set-up sequences, so the calls above meet sockets in many states. */
static void op_setup(void)
{
	long a[6] = { 0 };
	long fd, fd2;
	struct sockaddr_in *in = (void *)(S + S_ADDR);
	struct sockaddr_un *un = (void *)(S + S_ADDR);
	int unix_ = rn(2), type = rn(2) ? SOCK_STREAM : rn(2) ? SOCK_DGRAM : SOCK_SEQPACKET;
	long alen;

	if (!unix_ && type == SOCK_SEQPACKET)
		type = SOCK_STREAM;
	if (rn(3) == 0) {
		op_socketpair();
		return;
	}
	a[0] = unix_ ? AF_UNIX : AF_INET;
	a[1] = type | SOCK_NONBLOCK;
	fd = sockcall(SYS_SOCKET, a);
	if (fd < 0)
		return;
	if (fd < MAXFD)
		fdkind[fd] = a[0] << 8 | type, connected[fd] = 0;
	memset(S + S_ADDR, 0, 128);
	if (unix_) {
		un->sun_family = AF_UNIX;
		memcpy(un->sun_path + 1, "sfz", 3);
		un->sun_path[4] = '0' + rn(8);
		alen = 7;
	} else {
		in->sin_family = AF_INET;
		in->sin_port = htons(7000 + rn(8));
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		alen = 16;
	}
	a[0] = fd;
	a[1] = (long)(S + S_ADDR);
	a[2] = alen;
	switch (rn(3)) {
	case 0:                         /* a listener / bound datagram socket */
		sockcall(SYS_BIND, a);
		if (type != SOCK_DGRAM) {
			a[1] = rn(4);
			sockcall(SYS_LISTEN, a);
		}
		break;
	default:                        /* a client, accepted if we can */
		if (sockcall(SYS_CONNECT, a) == 0 || rn(2))
			if (fd < MAXFD)
				connected[fd] = 1;
		for (fd2 = 3; fd2 < MAXFD; fd2++) {
			if (fdkind[fd2] == (unsigned short)((unix_ ? AF_UNIX : AF_INET) << 8 | type)
			    && fd2 != fd && rn(2)) {
				long b[6] = { fd2, 0, 0, SOCK_NONBLOCK };
				long nfd = nb_fixup(sockcall(SYS_ACCEPT4, b));
				if (nfd >= 0 && nfd < MAXFD)
					connected[nfd] = 1;
				break;
			}
		}
	}
}

static void one_call(void)
{
	switch (rn(32)) {
	case 0: case 1: op_socket(); break;
	case 2: op_socketpair(); break;
	case 3: case 4: op_setup(); break;
	case 5: case 6: op_bind(); break;
	case 7: case 8: op_connect(); break;
	case 9: op_listen(); break;
	case 10: case 11: op_accept(); break;
	case 12: op_getname(); break;
	case 13: case 14: case 15: op_send(); break;
	case 16: case 17: case 18: op_recv(); break;
	case 19: op_shutdown(); break;
	case 20: case 21: op_sockopt(); break;
	case 22: case 23: case 24: op_msg(); break;
	case 25: case 26: op_mmsg(); break;
	case 27: op_poll(); break;
	case 28: case 29: op_fdops(); break;
	case 30: if (rn(4) == 0) sys("sched_yield", __NR_sched_yield, 0, 0, 0, 0, 0, 0);
		break;
	default: {                      /* a random socketcall number with junk */
		long a[6];
		int i;
		for (i = 0; i < 6; i++)
			a[i] = rn(2) ? pick_fd() : (long)pick_ptr();
		sockcall(1 + rn(20), a);
		break;
	}
	}
}

static unsigned int checksum_text(void)
{
	unsigned int s = 0;
	const unsigned char *p;

	for (p = (const unsigned char *)__executable_start; p < (const unsigned char *)etext; p++)
		s = s * 31 + *p;
	return s;
}

static int check_memory(const char *when)
{
	unsigned int i;

	for (i = 0; i < PAGE; i++)
		if (RO[i]) {
			printf("sockfuzz: read-only page written (%s, offset %u)\n", when, i);
			return 1;
		}
	if (checksum_text() != text_sum) {
		printf("sockfuzz: program text changed (%s)\n", when);
		return 1;
	}
	return 0;
}

static void run(long n)
{
	for (n += iter; iter < n; iter++) {
		tracing = trace_from >= 0 && iter >= trace_from && !is_child;
		sane = rn(2);
		one_call();
		if ((iter & 31) == 31)
			sweep();
	}
}

static char *map_with_hole(unsigned long pages, char **hole)
{
	char *p = mmap(NULL, (pages + 2) * PAGE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return NULL;
	*hole = p + pages * PAGE;
	if (munmap(*hole, PAGE) < 0)
		return NULL;
	return p;
}

int main(int argc, char **argv)
{
	unsigned int seed = argc > 1 ? strtol(argv[1], NULL, 0) : 1;
	long iters = argc > 2 ? strtol(argv[2], NULL, 0) : 20000;
	int nchild = argc > 3 ? atoi(argv[3]) : 4;
	long per, done = 0;
	int k, fd, status, bad = 0;

	trace_from = argc > 4 ? atoi(argv[4]) : -1;
	avoid = argc > 5 ? strtol(argv[5], NULL, 0) : 0;
	rs = seed * 2654435761u ^ 0x5eed5eed;
	if (!rs)
		rs = 1;
	signal(SIGPIPE, SIG_IGN);
	A = map_with_hole(A_PAGES, &A_hole);
	S = map_with_hole(S_PAGES, &S_hole);
	RO = mmap(NULL, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (!A || !S || RO == MAP_FAILED) {
		printf("sockfuzz: mmap failed: %s\n", errno_name(errno));
		return 2;
	}
	text_sum = checksum_text();
	printf("sockfuzz: seed %u, %ld calls, %d children\n", seed, iters, nchild);

	/* Split the run: before each slice, maybe a child fuzzing alongside
	 * us, killed with SIGKILL at the end of the slice. */
	per = iters / (nchild + 1);
	for (k = 0; k <= nchild; k++) {
		long n = k == nchild ? iters - done : per;
		pid_t pid = -1;

		if (k < nchild) {
			unsigned int cseed = rnd();
			pid = fork();
			if (pid == 0) {
				is_child = 1;
				rs = cseed | 1;
				/* half the children finish by themselves, fds open */
				run(rs & 2 ? 1000000000L : 200 + rn(2000));
				_exit(0);
			}
		}
		run(n);
		done += n;
		if (pid > 0) {
			printf("sockfuzz: %ld calls done, killing child %d\n", done, pid);
			kill(pid, SIGKILL);
			if (waitpid(pid, &status, 0) != pid) {
				printf("sockfuzz: waitpid failed: %s\n", errno_name(errno));
				bad = 1;
			} else if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL) {
				printf("sockfuzz: child killed by %s\n",
				       signal_name(WTERMSIG(status)));
				bad = 1;
			}
		} else if (pid < 0 && k < nchild) {
			printf("sockfuzz: fork failed: %s\n", errno_name(errno));
		}
		bad |= check_memory("run");
	}
	tracing = 0;
	for (fd = 3; fd < 1024; fd++)
		__syscall6(__NR_close, fd, 0, 0, 0, 0, 0);
	bad |= check_memory("end");
	for (k = 0; trace_from == -2 && k < 64 && tally[k].name; k++)
		printf("  %-12s %-12s ok %5u err %5u\n", tally[k].name,
		       tally[k].sub < 21 ? scname[tally[k].sub] : "(bad)",
		       tally[k].ok, tally[k].err);
	printf("sockfuzz: %lu calls, %lu errors, %s\n", ncalls, nerrors,
	       bad ? "FAILED" : "survived");
	return bad;
}
