/* Unit tests for TCP over lo (net/ipv4/tcp*.c with IP, dev and lo below),
 * driven through real sockets (inet_stream_ops): every packet on lo is parsed
 * and both checksums verified, socket states are checked step by step against
 * RFC 793 as Linux does it, and every socket, skb and kmalloc is freed. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <linux/mm.h>
#include <linux/netdevice.h>
#include <linux/errno.h>
#include <net/tcp.h>
#include <net/ip.h>
#include "unit.h"
#include "net_unit.h"

void inet_init(void);
extern unsigned long tcp_in_errors, ip_in_discards;

#define SYN TCPHDR_SYN
#define ACK TCPHDR_ACK
#define FIN TCPHDR_FIN
#define RST TCPHDR_RST
#define PSH TCPHDR_PSH

#define MSS_LO		65495		/* lo's MTU minus 40, advertised in SYNs */
#define FREED		(-1)		/* state(): the socket is gone */

/* --- every packet lo transmits, copied as it goes by --- */

#define MAX_PKTS 2048

struct pkt {
	uint8_t *b;
	unsigned int len;
	int st[2];			/* state of watch[0], watch[1] when it left */
};

static struct pkt pkts[MAX_PKTS];
static int npkts;
static struct sock *watch[2];
static uint16_t fake_peer_port;		/* segments to it are captured, not delivered */
static int (*lo_xmit)(struct sk_buff *skb, struct net_device *dev);

static bool sk_hashed(struct sock *sk)
{
	for (struct inet_sock *o = tcp_prot.bind_list; o; o = o->bind_next)
		if (&o->sk == sk)
			return true;
	return false;
}

/* A socket's state, or FREED once it left the port list (and so memory):
 * never dereferences a freed socket. */
static int sk_state_of(struct sock *sk)
{
	return sk && sk_hashed(sk) ? sk->sk_state : FREED;
}

static int capture_xmit(struct sk_buff *skb, struct net_device *dev)
{
	struct pkt *p = &pkts[npkts];

	if (npkts == MAX_PKTS)
		fail_msg("more than %d packets", MAX_PKTS);
	p->b = malloc(skb->len);
	memcpy(p->b, skb->data, skb->len);
	p->len = skb->len;
	p->st[0] = sk_state_of(watch[0]);
	p->st[1] = sk_state_of(watch[1]);
	npkts++;
	if (fake_peer_port && skb->len >= 24 && get_be16(skb->data + 22) == fake_peer_port) {
		kfree_skb(skb);		/* it went to the hand-made peer: us */
		return 0;
	}
	return lo_xmit(skb, dev);
}

static void pkts_clear(void)
{
	for (int i = 0; i < npkts; i++)
		free(pkts[i].b);
	npkts = 0;
}

/* One captured packet, parsed; IP and TCP checksums verified on the way. */
struct seg {
	uint16_t sport, dport;
	uint32_t seq, ack;
	uint8_t flags;
	uint16_t win;
	int mss;			/* -1: no MSS option */
	unsigned int len;		/* payload bytes */
	const uint8_t *data;
};

static struct seg seg(int i)
{
	const uint8_t *p, *t;
	unsigned int n, tl, doff;
	struct seg s = { 0 };

	if (i < 0 || i >= npkts)
		fail_msg("no packet %d (%d captured)", i, npkts);
	p = pkts[i].b;
	n = pkts[i].len;
	assert_true(n >= 40);
	assert_int_equal(p[0], 0x45);			/* IPv4, no options */
	assert_int_equal(get_be16(p + 2), n);		/* tot_len */
	assert_int_equal(get_be16(p + 6), IP_DF);
	assert_int_equal(p[8], IPDEFTTL);
	assert_int_equal(p[9], IPPROTO_TCP);
	if (ref_csum(p, 20) != 0)
		fail_msg("packet %d: bad IP header checksum", i);
	assert_int_equal(get_be32(p + 12), LOOPBACK_ADDR);
	assert_int_equal(get_be32(p + 16), LOOPBACK_ADDR);
	t = p + 20;
	tl = n - 20;
	doff = (t[12] >> 4) * 4;
	assert_int_equal(t[12] & 0x0f, 0);		/* reserved bits */
	assert_true(doff >= 20 && doff <= tl);
	if (ref_l4_csum(p + 12, p + 16, IPPROTO_TCP, t, tl) != 0)
		fail_msg("packet %d: bad TCP checksum", i);
	s.sport = get_be16(t);
	s.dport = get_be16(t + 2);
	s.seq = get_be32(t + 4);
	s.ack = get_be32(t + 8);
	s.flags = t[13];
	s.win = get_be16(t + 14);
	assert_int_equal(get_be16(t + 18), 0);		/* urgent pointer */
	if (!(s.flags & ACK))
		assert_int_equal(s.ack, 0);
	s.mss = -1;
	for (unsigned int o = 20; o < doff;) {
		if (t[o] == 0)
			break;
		if (t[o] == 1) {
			o++;
			continue;
		}
		assert_true(o + 1 < doff && t[o + 1] >= 2);
		if (t[o] == 2 && t[o + 1] == 4)
			s.mss = get_be16(t + o + 2);
		o += t[o + 1];
	}
	s.len = tl - doff;
	s.data = t + doff;
	return s;
}

static const char *flag_str(uint8_t f)
{
	static char b[32];

	snprintf(b, sizeof(b), "%s%s%s%s%s", f & SYN ? "S" : "", f & FIN ? "F" : "", f & RST ? "R" : "",
		 f & PSH ? "P" : "", f & ACK ? "." : "");
	return b;
}

/* Packet i must be exactly this. */
static struct seg expect_seg(int i, uint8_t flags, uint16_t sport, uint16_t dport, uint32_t seq,
			     uint32_t ack, unsigned int len)
{
	struct seg s = seg(i);

	if (s.flags != flags || s.sport != sport || s.dport != dport || s.seq != seq || s.ack != ack ||
	    s.len != len) {
		char want[32];

		snprintf(want, sizeof(want), "%s", flag_str(flags));
		fail_msg("packet %d: [%s] %u>%u seq %u ack %u len %u; want [%s] %u>%u seq %u ack %u len %u",
			 i, flag_str(s.flags), s.sport, s.dport, s.seq, s.ack, s.len, want, sport, dport, seq,
			 ack, len);
	}
	return s;
}

/* --- the socket calls, as net/socket.c makes them --- */

/* The end of a system call: the NET_RX softirq runs (kernel/entry). */
static void syscall_return(void)
{
	unit_do_softirq();
}

static struct socket *sock_new(void)
{
	struct socket *s = calloc(1, sizeof(*s));

	s->state = SS_UNCONNECTED;
	s->type = SOCK_STREAM;
	assert_non_null(unit_families[AF_INET]);
	assert_int_equal(unit_families[AF_INET]->create(s, 0), 0);
	assert_ptr_equal(s->ops, &inet_stream_ops);
	return s;
}

static struct sockaddr_in lo_addr(uint16_t port)
{
	struct sockaddr_in a = { .sin_family = AF_INET };

	a.sin_port = htons(port);
	a.sin_addr.s_addr = htonl(LOOPBACK_ADDR);
	return a;
}

static int s_bind(struct socket *s, uint16_t port)
{
	struct sockaddr_in a = lo_addr(port);

	return s->ops->bind(s, (struct sockaddr *)&a, sizeof(a));
}

static int s_listen(struct socket *s, uint16_t port, int backlog)
{
	assert_int_equal(s_bind(s, port), 0);
	return s->ops->listen(s, backlog);
}

/* connect without the softirq at the end: what the caller sees first. */
static int s_connect_raw(struct socket *s, uint16_t port, int flags)
{
	struct sockaddr_in a = lo_addr(port);

	return s->ops->connect(s, (struct sockaddr *)&a, sizeof(a), flags);
}

static int s_connect(struct socket *s, uint16_t port, int flags)
{
	int r = s_connect_raw(s, port, flags);

	syscall_return();
	return r;
}

static struct socket *s_accept(struct socket *l, int flags, int *err)
{
	struct socket *n = calloc(1, sizeof(*n));

	n->state = SS_UNCONNECTED;
	n->type = l->type;
	n->ops = l->ops;
	*err = l->ops->accept(l, n, flags);
	syscall_return();
	if (*err) {
		free(n);
		return NULL;
	}
	return n;
}

static int s_send(struct socket *s, const void *buf, size_t len, int flags)
{
	struct iovec iov = { .iov_base = (void *)buf, .iov_len = len };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_flags = flags };
	int r = s->ops->sendmsg(s, &m, len);

	syscall_return();
	return r;
}

static int s_recv(struct socket *s, void *buf, size_t len, int flags)
{
	struct iovec iov = { .iov_base = buf, .iov_len = len };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	int r = s->ops->recvmsg(s, &m, len, flags);

	syscall_return();
	return r;
}

static int s_shutdown_raw(struct socket *s, int how)
{
	return s->ops->shutdown(s, how);
}

static int s_shutdown(struct socket *s, int how)
{
	int r = s_shutdown_raw(s, how);

	syscall_return();
	return r;
}

/* The last close of the file, without / with the softirq after it. */
static void s_release(struct socket *s)
{
	s->ops->release(s);
	free(s);
}

static void s_close(struct socket *s)
{
	s_release(s);
	syscall_return();
}

static unsigned int s_poll(struct socket *s)
{
	return s->ops->poll(NULL, s, NULL);
}

static int s_so_error(struct socket *s)
{
	int v = -1, len = sizeof(v);

	assert_int_equal(sock_getsockopt(s, SO_ERROR, (char *)&v, &len), 0);
	return v;
}

static void s_setsockopt(struct socket *s, int opt, const void *val, unsigned int len)
{
	assert_int_equal(sock_setsockopt(s, opt, val, len), 0);
}

/* SO_RCVTIMEO / SO_SNDTIMEO: the i386 struct timeval. */
static void s_set_timeout(struct socket *s, int opt, int32_t sec, int32_t usec)
{
	int32_t tv[2] = { sec, usec };

	s_setsockopt(s, opt, tv, sizeof(tv));
}

/* --- a connection, and ways to end it --- */

struct conn {
	struct socket *l, *c, *a;	/* listener, client, accepted */
	struct sock *csk, *ask;
	uint16_t port, cport;
	uint32_t cisn, sisn;		/* initial sequence numbers */
};

static uint16_t next_port = 5000;

/* listen, connect (blocking), accept; the capture is cleared after. */
static void open_conn(struct conn *k)
{
	int first = npkts, err;
	struct seg syn, synack;

	k->port = next_port++;
	k->l = sock_new();
	assert_int_equal(s_listen(k->l, k->port, 8), 0);
	k->c = sock_new();
	assert_int_equal(s_connect(k->c, k->port, 0), 0);
	syn = seg(first);
	synack = seg(first + 1);
	k->cport = syn.sport;
	k->cisn = syn.seq;
	k->sisn = synack.seq;
	k->a = s_accept(k->l, O_NONBLOCK, &err);
	assert_int_equal(err, 0);
	k->csk = k->c->sk;
	k->ask = k->a->sk;
	assert_int_equal(sk_state_of(k->csk), TCP_ESTABLISHED);
	assert_int_equal(sk_state_of(k->ask), TCP_ESTABLISHED);
	assert_int_equal(npkts, first + 3);
	pkts_clear();
	watch[0] = k->csk;
	watch[1] = k->ask;
}

/* Both ends close at once (no softirq between): FIN crosses FIN, both go
 * through CLOSING to TIME_WAIT, which the power-off notifier frees. */
static void close_conn(struct conn *k)
{
	if (k->c)
		s_release(k->c);
	if (k->a)
		s_release(k->a);
	syscall_return();
	if (k->l)
		s_close(k->l);
	k->c = k->a = k->l = NULL;
}

static void fill(uint8_t *b, size_t n, size_t from)
{
	for (size_t i = 0; i < n; i++)
		b[i] = (uint8_t)((from + i) * 7 + (from + i) / 251);
}

static void check_fill(const uint8_t *b, size_t n, size_t from)
{
	for (size_t i = 0; i < n; i++)
		if (b[i] != (uint8_t)((from + i) * 7 + (from + i) / 251))
			fail_msg("byte %zu of the stream is wrong", from + i);
}

/* A segment from a hand-made peer, fed to lo's receive path (below);
 * `bad` spoils a checksum. */
enum { BAD_TCP_CSUM = 1, BAD_IP_CSUM = 2 };
static void inject(uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack, uint8_t flags,
		   uint16_t win, int mss, const void *data, unsigned int len, int bad);

/* --- fixtures --- */

static int group_setup(void **state)
{
	inet_init();
	lo_xmit = loopback_dev.xmit;
	loopback_dev.xmit = capture_xmit;
	return 0;
}

/* What was alive when the test started: normally nothing; after a failed
 * test, what it left behind that setup could not reach. */
static unsigned long base_socks, base_skbs, base_kmalloc;

#define assert_socks(n) assert_int_equal(nr_socks - base_socks, (n))

static int setup(void **state)
{
	unit_do_softirq();
	/* A test that failed half-way leaves sockets behind: drop them, so
	 * the failure does not spread to the tests after it. */
	for (struct inet_sock *o = tcp_prot.bind_list, *next; o; o = next) {
		next = o->bind_next;
		tcp_destroy_sock(&o->sk);
	}
	pkts_clear();
	watch[0] = watch[1] = NULL;
	fake_peer_port = 0;
	unit_sleeps = 0;
	unit_timeouts = 0;
	unit_sigpipes = 0;
	unit_kmalloc_fail_in = 0;
	unit_panic_count = 0;
	base_socks = nr_socks;
	base_skbs = nr_skbs;
	base_kmalloc = kmalloc_live;
	return 0;
}

/* Every test closes what it opened: after the power-off notifier has
 * dropped what only the kernel holds (TIME_WAIT), nothing is left. */
static int teardown(void **state)
{
	unit_do_softirq();
	watch[0] = watch[1] = NULL;
	unit_power_off();
	pkts_clear();
	assert_null(tcp_prot.bind_list);
	assert_socks(0);
	assert_int_equal(nr_skbs, base_skbs);
	assert_int_equal(kmalloc_live, base_kmalloc);
	assert_int_equal(unit_panic_count, 0);
	return 0;
}

/* The last test: nothing at all is left, not even from a failed test. */
static void test_nothing_left(void **state)
{
	assert_int_equal(nr_socks, 0);
	assert_int_equal(nr_skbs, 0);
	assert_int_equal(kmalloc_live, 0);
	assert_false(unit_softirq_pending());
}

/* --- the handshake --- */

/* Non-blocking connect: SYN out, EINPROGRESS; the softirq then carries
 * SYN-ACK and ACK; both ends ESTABLISHED, the child on the accept queue;
 * the next connect returns 0, as on Linux. */
static void test_handshake(void **state)
{
	struct socket *l = sock_new(), *c = sock_new(), *a;
	struct sockaddr_in sin;
	struct seg syn, synack;
	struct sock *child;
	int err;

	assert_int_equal(s_listen(l, 4000, 8), 0);
	assert_int_equal(l->sk->sk_state, TCP_LISTEN);
	assert_int_equal(npkts, 0);
	assert_int_equal(s_poll(l), 0);

	assert_int_equal(s_connect_raw(c, 4000, O_NONBLOCK), -EINPROGRESS);
	assert_int_equal(c->state, SS_CONNECTING);
	assert_int_equal(c->sk->sk_state, TCP_SYN_SENT);
	assert_int_equal(npkts, 1);			/* SYN sent, not yet received */
	syn = seg(0);
	assert_int_equal(syn.flags, SYN);
	assert_int_equal(syn.dport, 4000);
	assert_in_range(syn.sport, EPHEMERAL_LOW, EPHEMERAL_HIGH);
	assert_int_equal(syn.len, 0);
	assert_int_equal(syn.mss, MSS_LO);
	assert_int_equal(syn.win, 65535);
	assert_int_equal(s_connect_raw(c, 4000, O_NONBLOCK), -EALREADY);

	syscall_return();
	assert_int_equal(npkts, 3);
	synack = expect_seg(1, SYN | ACK, 4000, syn.sport, seg(1).seq, syn.seq + 1, 0);
	assert_int_equal(synack.mss, MSS_LO);
	assert_int_equal(synack.win, 65535);
	expect_seg(2, ACK, syn.sport, 4000, syn.seq + 1, synack.seq + 1, 0);
	assert_int_equal(seg(2).mss, -1);		/* MSS only on SYNs */
	assert_int_equal(seg(2).win, 65535);

	assert_int_equal(c->sk->sk_state, TCP_ESTABLISHED);
	assert_int_equal(c->state, SS_CONNECTING);	/* until connect looks again */
	assert_int_equal(tcp_sk(c->sk)->snd_una, syn.seq + 1);
	assert_int_equal(tcp_sk(c->sk)->snd_nxt, syn.seq + 1);
	assert_int_equal(tcp_sk(c->sk)->rcv_nxt, synack.seq + 1);
	assert_int_equal(tcp_sk(c->sk)->snd_wnd, 65535);
	assert_int_equal(tcp_sk(c->sk)->mss, MSS_LO);

	assert_int_equal(l->sk->sk_ack_backlog, 1);
	assert_int_equal(l->sk->sk_receive_queue.qlen, 1);
	assert_true(s_poll(l) & POLLIN);
	child = skb_peek(&l->sk->sk_receive_queue)->cb.accept.child;
	assert_int_equal(sk_state_of(child), TCP_ESTABLISHED);
	assert_false(child->sk_dead);			/* the queue holds it */
	assert_int_equal(tcp_sk(child)->rcv_nxt, syn.seq + 1);
	assert_int_equal(tcp_sk(child)->snd_nxt, synack.seq + 1);
	assert_int_equal(tcp_sk(child)->snd_una, synack.seq + 1);
	assert_int_equal(inet_sk(child)->inet_num, 4000);

	assert_int_equal(s_connect(c, 4000, O_NONBLOCK), 0);
	assert_int_equal(c->state, SS_CONNECTED);
	assert_int_equal(s_connect(c, 4000, O_NONBLOCK), -EISCONN);
	assert_int_equal(npkts, 3);			/* nothing more on the wire */

	a = s_accept(l, O_NONBLOCK, &err);
	assert_int_equal(err, 0);
	assert_ptr_equal(a->sk, child);
	assert_ptr_equal(child->sk_socket, a);
	assert_int_equal(a->state, SS_CONNECTED);
	assert_int_equal(l->sk->sk_ack_backlog, 0);
	assert_null(s_accept(l, O_NONBLOCK, &err));
	assert_int_equal(err, -EAGAIN);

	assert_int_equal(a->ops->getname(a, (struct sockaddr *)&sin, 1), sizeof(sin));
	assert_int_equal(ntohs(sin.sin_port), syn.sport);
	assert_int_equal(ntohl(sin.sin_addr.s_addr), LOOPBACK_ADDR);
	assert_int_equal(c->ops->getname(c, (struct sockaddr *)&sin, 1), sizeof(sin));
	assert_int_equal(ntohs(sin.sin_port), 4000);
	assert_int_equal(c->ops->getname(c, (struct sockaddr *)&sin, 0), sizeof(sin));
	assert_int_equal(ntohs(sin.sin_port), syn.sport);
	assert_true(s_poll(c) & POLLOUT);
	assert_false(s_poll(c) & (POLLIN | POLLHUP | POLLERR));
	assert_int_equal(unit_sleeps, 0);

	close_conn(&(struct conn){ .l = l, .c = c, .a = a });
}

/* A blocking connect sleeps until the handshake is done: on lo the sleep
 * only runs the softirq.  A blocking accept on an empty queue would sleep
 * for ever (the stub's signal ends it: -ERESTARTSYS, which the way back to
 * user mode turns into EINTR or a restart, as SA_RESTART says). */
static void test_blocking_connect_and_accept(void **state)
{
	struct socket *l = sock_new(), *c = sock_new(), *a;
	int err;

	assert_int_equal(s_listen(l, 4001, 8), 0);
	assert_null(s_accept(l, 0, &err));
	assert_int_equal(err, -ERESTARTSYS);
	assert_int_equal(unit_sleeps, 1);
	unit_sleeps = 0;
	assert_int_equal(s_connect(c, 4001, 0), 0);
	assert_int_equal(c->state, SS_CONNECTED);
	assert_int_equal(unit_sleeps, 0);
	assert_int_equal(npkts, 3);
	a = s_accept(l, 0, &err);
	assert_int_equal(err, 0);
	assert_int_equal(a->sk->sk_state, TCP_ESTABLISHED);
	assert_int_equal(unit_sleeps, 0);
	close_conn(&(struct conn){ .l = l, .c = c, .a = a });
}

/* --- data --- */

static void test_data_both_ways(void **state)
{
	struct conn k;
	uint8_t buf[4000], big[3000];
	struct seg d;

	open_conn(&k);
	assert_int_equal(s_send(k.c, "hello, server", 13, 0), 13);
	assert_int_equal(npkts, 2);
	d = expect_seg(0, PSH | ACK, k.cport, k.port, k.cisn + 1, k.sisn + 1, 13);
	assert_memory_equal(d.data, "hello, server", 13);
	assert_int_equal(d.win, 65535);
	d = expect_seg(1, ACK, k.port, k.cport, k.sisn + 1, k.cisn + 1 + 13, 0);
	assert_int_equal(d.win, 65536 - 13);		/* half of SO_RCVBUF, less what waits */
	assert_int_equal(tcp_sk(k.csk)->snd_una, k.cisn + 14);
	assert_int_equal(tcp_sk(k.csk)->snd_nxt, k.cisn + 14);
	assert_true(skb_queue_empty(&tcp_sk(k.csk)->write_queue));
	assert_int_equal(k.csk->sk_wmem_queued, 0);
	assert_int_equal(k.ask->sk_rmem_alloc, 13);
	assert_true(s_poll(k.a) & POLLIN);

	/* MSG_PEEK leaves it; a short read takes part of it */
	assert_int_equal(s_recv(k.a, buf, 5, MSG_PEEK), 5);
	assert_memory_equal(buf, "hello", 5);
	assert_int_equal(s_recv(k.a, buf, 7, 0), 7);
	assert_memory_equal(buf, "hello, ", 7);
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), 0), 6);
	assert_memory_equal(buf, "server", 6);
	assert_int_equal(k.ask->sk_rmem_alloc, 0);
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), MSG_DONTWAIT), -EAGAIN);
	assert_false(s_poll(k.a) & POLLIN);
	assert_int_equal(npkts, 2);			/* 13 bytes freed: no window update */

	fill(big, sizeof(big), 0);
	assert_int_equal(s_send(k.a, big, sizeof(big), 0), sizeof(big));
	assert_int_equal(npkts, 4);
	d = expect_seg(2, PSH | ACK, k.port, k.cport, k.sisn + 1, k.cisn + 14, 3000);
	check_fill(d.data, 3000, 0);
	expect_seg(3, ACK, k.cport, k.port, k.cisn + 14, k.sisn + 1 + 3000, 0);
	assert_int_equal(s_recv(k.c, buf, sizeof(buf), 0), 3000);
	check_fill(buf, 3000, 0);
	assert_int_equal(tcp_sk(k.ask)->snd_una, k.sisn + 3001);
	assert_int_equal(tcp_sk(k.csk)->rcv_nxt, k.sisn + 3001);
	assert_int_equal(tcp_sk(k.ask)->rcv_nxt, k.cisn + 14);
	assert_int_equal(unit_sleeps, 0);
	close_conn(&k);
}

/* More than the send buffer (16 KiB) in one blocking send: it is sent in
 * pieces as ACKs free room; the receiver gets every byte in order. */
static void test_large_send(void **state)
{
	enum { N = 40000 };
	static uint8_t out[N], in[N];
	struct conn k;
	uint32_t seq;

	open_conn(&k);
	fill(out, N, 0);
	assert_int_equal(s_send(k.c, out, N, 0), N);
	assert_int_equal(unit_sleeps, 0);		/* it waited only for the softirq */
	seq = k.cisn + 1;
	for (int i = 0; i < npkts; i++) {
		struct seg s = seg(i);

		if (s.sport != k.cport)
			continue;
		assert_int_equal(s.seq, seq);
		assert_true(s.len <= TCP_DEFAULT_SNDBUF);
		check_fill(s.data, s.len, seq - (k.cisn + 1));
		seq += s.len;
	}
	assert_int_equal(seq, k.cisn + 1 + N);
	assert_int_equal(seg(npkts - 1).ack, k.cisn + 1 + N);	/* the last ACK: all of it */
	assert_int_equal(s_recv(k.a, in, N, MSG_WAITALL), N);
	assert_memory_equal(in, out, N);
	close_conn(&k);
}

/* Sequence numbers wrap past 2^32 in the middle of the data. */
static uint32_t inverse(uint32_t a)		/* of an odd number, mod 2^32 */
{
	uint32_t x = a;

	for (int i = 0; i < 5; i++)
		x *= 2 - a * x;
	return x;
}

static void test_sequence_wraparound(void **state)
{
	enum { N = 30000 };
	static uint8_t out[N], in[N];
	const uint32_t K = 2654435761u;		/* tcp_new_isn's multiplier */
	uint64_t saved_now = unit_now_ns, saved_step = unit_ns_step;
	uint64_t xc = inverse(K) * 0xfffffe00u, xs = inverse(K) * 0xffffff80u;
	struct conn k;

	assert_int_equal((uint32_t)(xc * K), 0xfffffe00u);
	/* the client's ISN is taken first, the child's one clock tick later */
	unit_now_ns = xc << 6;
	unit_ns_step = (xs << 6) - (xc << 6);
	open_conn(&k);
	unit_now_ns = saved_now;
	unit_ns_step = saved_step;
	assert_int_equal(k.cisn, 0xfffffe00u);
	assert_int_equal(k.sisn, 0xffffff80u);

	fill(out, N, 0);
	assert_int_equal(s_send(k.c, out, N, 0), N);
	assert_int_equal(s_send(k.a, out, 1000, 0), 1000);
	assert_int_equal(tcp_sk(k.csk)->snd_una, (uint32_t)(0xfffffe00u + 1 + N));
	assert_int_equal(tcp_sk(k.csk)->snd_una, tcp_sk(k.csk)->snd_nxt);
	assert_true(skb_queue_empty(&tcp_sk(k.csk)->write_queue));
	assert_int_equal(k.csk->sk_wmem_queued, 0);
	assert_int_equal(tcp_sk(k.ask)->snd_una, (uint32_t)(0xffffff80u + 1 + 1000));
	assert_int_equal(s_recv(k.a, in, N, MSG_WAITALL), N);
	assert_memory_equal(in, out, N);
	assert_int_equal(s_recv(k.c, in, N, 0), 1000);
	assert_memory_equal(in, out, 1000);
	close_conn(&k);
}

/* --- closing --- */

/* shutdown(SHUT_WR): FIN; the peer goes to CLOSE_WAIT and reads EOF but may
 * still send; our sends fail with EPIPE (and SIGPIPE).  Then the peer's
 * shutdown: LAST_ACK -> CLOSED there, TIME_WAIT here. */
static void test_shutdown_half_close(void **state)
{
	struct conn k;
	char buf[64];

	open_conn(&k);
	assert_int_equal(s_shutdown_raw(k.c, SHUT_WR), 0);
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT1);
	assert_int_equal(npkts, 1);
	expect_seg(0, FIN | ACK, k.cport, k.port, k.cisn + 1, k.sisn + 1, 0);
	syscall_return();
	assert_int_equal(npkts, 2);
	expect_seg(1, ACK, k.port, k.cport, k.sisn + 1, k.cisn + 2, 0);	/* FIN takes a number */
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT2);
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE_WAIT);
	assert_true(s_poll(k.a) & POLLRDHUP);

	assert_int_equal(s_recv(k.a, buf, sizeof(buf), 0), 0);	/* EOF, no sleep */
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), MSG_DONTWAIT), 0);
	assert_int_equal(unit_sleeps, 0);

	/* half-closed: the other direction still works */
	assert_int_equal(s_send(k.a, "still here", 10, 0), 10);
	expect_seg(2, PSH | ACK, k.port, k.cport, k.sisn + 1, k.cisn + 2, 10);
	expect_seg(3, ACK, k.cport, k.port, k.cisn + 2, k.sisn + 11, 0);
	assert_int_equal(s_recv(k.c, buf, sizeof(buf), 0), 10);
	assert_memory_equal(buf, "still here", 10);

	assert_int_equal(s_send(k.c, "x", 1, 0), -EPIPE);
	assert_int_equal(unit_sigpipes, 1);
	assert_int_equal(s_send(k.c, "x", 1, MSG_NOSIGNAL), -EPIPE);
	assert_int_equal(unit_sigpipes, 1);
	assert_int_equal(npkts, 4);

	/* the passive side closes its half */
	assert_int_equal(s_shutdown_raw(k.a, SHUT_WR), 0);
	assert_int_equal(sk_state_of(k.ask), TCP_LAST_ACK);
	expect_seg(4, FIN | ACK, k.port, k.cport, k.sisn + 11, k.cisn + 2, 0);
	syscall_return();
	expect_seg(5, ACK, k.cport, k.port, k.cisn + 2, k.sisn + 12, 0);
	assert_int_equal(npkts, 6);
	assert_int_equal(sk_state_of(k.csk), TCP_TIME_WAIT);
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE);	/* its file still holds it */
	assert_false(k.ask->sk_dead);
	assert_int_equal(s_recv(k.c, buf, sizeof(buf), 0), 0);
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), 0), 0);

	s_close(k.a);					/* CLOSED: freed at once */
	assert_socks(2);
	s_close(k.c);					/* TIME_WAIT stays, orphaned */
	assert_int_equal(sk_state_of(k.csk), TCP_TIME_WAIT);
	assert_true(k.csk->sk_dead);
	assert_socks(2);
	s_close(k.l);
	assert_socks(1);
	assert_int_equal(npkts, 6);			/* closing a finished socket: silent */
	unit_power_off();
	assert_socks(0);
}

/* Both ends close() one after the other, the usual way: the active closer
 * ends in TIME_WAIT; the passive one in LAST_ACK, then CLOSED and freed
 * when its FIN is acknowledged. */
static void test_close_active_then_passive(void **state)
{
	struct conn k;
	char buf[16];

	open_conn(&k);
	s_release(k.c);
	k.c = NULL;
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT1);
	expect_seg(0, FIN | ACK, k.cport, k.port, k.cisn + 1, k.sisn + 1, 0);
	syscall_return();
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT2);
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE_WAIT);
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), 0), 0);

	s_release(k.a);			/* the passive close: LAST_ACK, orphaned */
	k.a = NULL;
	assert_int_equal(sk_state_of(k.ask), TCP_LAST_ACK);
	expect_seg(2, FIN | ACK, k.port, k.cport, k.sisn + 1, k.cisn + 2, 0);
	syscall_return();		/* its FIN's ACK frees it */
	expect_seg(3, ACK, k.cport, k.port, k.cisn + 2, k.sisn + 2, 0);
	assert_int_equal(npkts, 4);
	assert_int_equal(sk_state_of(k.ask), FREED);
	assert_int_equal(sk_state_of(k.csk), TCP_TIME_WAIT);
	assert_socks(2);	/* the listener and TIME_WAIT */
	close_conn(&k);
}

/* Both close before either FIN arrives: FIN_WAIT1 -> CLOSING -> TIME_WAIT
 * on both sides (RFC 793, figure 14). */
static void test_simultaneous_close(void **state)
{
	struct conn k;

	open_conn(&k);
	s_release(k.c);
	s_release(k.a);
	k.c = k.a = NULL;
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT1);
	assert_int_equal(sk_state_of(k.ask), TCP_FIN_WAIT1);
	assert_int_equal(npkts, 2);
	expect_seg(0, FIN | ACK, k.cport, k.port, k.cisn + 1, k.sisn + 1, 0);
	expect_seg(1, FIN | ACK, k.port, k.cport, k.sisn + 1, k.cisn + 1, 0);
	syscall_return();
	assert_int_equal(npkts, 4);
	/* each ACKs the other's FIN from CLOSING */
	expect_seg(2, ACK, k.port, k.cport, k.sisn + 2, k.cisn + 2, 0);
	assert_int_equal(pkts[2].st[1], TCP_CLOSING);
	expect_seg(3, ACK, k.cport, k.port, k.cisn + 2, k.sisn + 2, 0);
	assert_int_equal(pkts[3].st[0], TCP_CLOSING);
	assert_int_equal(sk_state_of(k.csk), TCP_TIME_WAIT);
	assert_int_equal(sk_state_of(k.ask), TCP_TIME_WAIT);
	close_conn(&k);
	assert_socks(2);			/* both in TIME_WAIT ... */
	unit_power_off();				/* ... until power-off */
	assert_socks(0);
}

/* --- resets --- */

/* No listener: the SYN is answered with RST|ACK (seq 0, ack ISN+1), and
 * connect reports ECONNREFUSED, blocking or not. */
static void test_connect_refused(void **state)
{
	struct socket *c = sock_new();
	struct seg syn;

	assert_int_equal(s_connect(c, 4002, O_NONBLOCK), -EINPROGRESS);
	assert_int_equal(npkts, 2);
	syn = seg(0);
	assert_int_equal(syn.flags, SYN);
	expect_seg(1, RST | ACK, 4002, syn.sport, 0, syn.seq + 1, 0);
	assert_int_equal(c->sk->sk_state, TCP_CLOSE);
	assert_true(s_poll(c) & POLLERR);
	assert_int_equal(s_connect(c, 4002, O_NONBLOCK), -ECONNREFUSED);
	assert_int_equal(c->state, SS_UNCONNECTED);
	assert_int_equal(s_so_error(c), 0);		/* reported once */

	pkts_clear();
	assert_int_equal(s_connect(c, 4002, 0), -ECONNREFUSED);	/* blocking: the same */
	assert_int_equal(npkts, 2);
	assert_int_equal(seg(1).flags, RST | ACK);
	assert_int_equal(c->state, SS_UNCONNECTED);
	assert_int_equal(unit_sleeps, 0);
	s_close(c);
	assert_int_equal(npkts, 2);
}

/* close() with data unread: RST instead of FIN, as Linux; the peer's next
 * read gets ECONNRESET, then EOF; its send gets EPIPE. */
static void test_close_unread_data_resets(void **state)
{
	struct conn k;
	char buf[16];

	open_conn(&k);
	assert_int_equal(s_send(k.c, "unread", 6, 0), 6);
	assert_int_equal(k.ask->sk_rmem_alloc, 6);
	pkts_clear();
	s_release(k.a);
	k.a = NULL;
	assert_int_equal(npkts, 1);
	expect_seg(0, RST | ACK, k.port, k.cport, k.sisn + 1, k.cisn + 7, 0);
	assert_int_equal(sk_state_of(k.ask), FREED);		/* gone at once */
	assert_socks(2);
	syscall_return();
	assert_int_equal(npkts, 1);			/* an RST is not answered */
	assert_int_equal(sk_state_of(k.csk), TCP_CLOSE);
	assert_true(s_poll(k.c) & POLLERR);
	assert_true(s_poll(k.c) & POLLHUP);
	assert_int_equal(s_recv(k.c, buf, sizeof(buf), 0), -ECONNRESET);
	assert_int_equal(s_recv(k.c, buf, sizeof(buf), 0), 0);
	assert_int_equal(s_send(k.c, "x", 1, 0), -EPIPE);
	assert_int_equal(unit_sigpipes, 1);
	assert_int_equal(npkts, 1);
	close_conn(&k);
	assert_int_equal(npkts, 1);
}

/* Closing a listener resets the connections nobody accepted. */
static void test_listener_close_resets_queue(void **state)
{
	struct socket *l = sock_new(), *c1 = sock_new(), *c2 = sock_new();
	char buf[8];

	assert_int_equal(s_listen(l, 4003, 8), 0);
	assert_int_equal(s_connect(c1, 4003, 0), 0);
	assert_int_equal(s_connect(c2, 4003, 0), 0);
	assert_int_equal(l->sk->sk_ack_backlog, 2);
	assert_socks(5);
	pkts_clear();
	s_close(l);
	assert_socks(2);			/* listener and both children */
	assert_int_equal(npkts, 2);
	assert_int_equal(seg(0).flags, RST | ACK);
	assert_int_equal(seg(1).flags, RST | ACK);
	assert_int_equal(seg(0).ack, tcp_sk(c1->sk)->snd_nxt);
	assert_int_equal(c1->sk->sk_state, TCP_CLOSE);
	assert_int_equal(c2->sk->sk_state, TCP_CLOSE);
	assert_int_equal(s_recv(c1, buf, sizeof(buf), 0), -ECONNRESET);
	assert_int_equal(s_recv(c2, buf, sizeof(buf), 0), -ECONNRESET);
	s_close(c1);
	s_close(c2);
}

/* SO_LINGER {1, 0}: close() aborts with RST even with nothing unread. */
static void test_linger_zero_resets(void **state)
{
	struct linger lg = { 1, 0 };
	struct conn k;
	char buf[8];

	open_conn(&k);
	s_setsockopt(k.c, SO_LINGER, &lg, sizeof(lg));
	s_release(k.c);
	k.c = NULL;
	assert_int_equal(npkts, 1);
	expect_seg(0, RST | ACK, k.cport, k.port, k.cisn + 1, k.sisn + 1, 0);
	assert_int_equal(sk_state_of(k.csk), FREED);
	syscall_return();
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE);
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), 0), -ECONNRESET);
	close_conn(&k);
	assert_int_equal(npkts, 1);
}

/* A full accept queue drops the SYN (backlog 0 still takes one, as Linux);
 * the connect then waits, so SO_SNDTIMEO ends it with EINPROGRESS; recv
 * with SO_RCVTIMEO on an idle connection gives EAGAIN. */
static void test_backlog_and_timeouts(void **state)
{
	struct socket *l = sock_new(), *c1 = sock_new(), *c2 = sock_new(), *a;
	char buf[8];
	int err;

	assert_int_equal(s_listen(l, 4006, 0), 0);
	assert_int_equal(s_connect(c1, 4006, 0), 0);
	assert_int_equal(l->sk->sk_ack_backlog, 1);
	pkts_clear();
	s_set_timeout(c2, SO_SNDTIMEO, 0, 250000);
	assert_int_equal(s_connect(c2, 4006, 0), -EINPROGRESS);
	assert_int_equal(unit_timeouts, 1);
	assert_int_equal(unit_sleeps, 0);
	assert_int_equal(npkts, 1);			/* the SYN, unanswered */
	assert_int_equal(seg(0).flags, SYN);
	assert_int_equal(c2->sk->sk_state, TCP_SYN_SENT);
	assert_socks(4);			/* no child for it */

	a = s_accept(l, 0, &err);
	assert_int_equal(err, 0);
	s_set_timeout(a, SO_RCVTIMEO, 1, 0);
	unit_timeouts = 0;
	assert_int_equal(s_recv(a, buf, sizeof(buf), 0), -EAGAIN);
	assert_int_equal(unit_timeouts, 1);
	assert_int_equal(unit_sleeps, 0);
	s_set_timeout(l, SO_RCVTIMEO, 0, 1000);
	assert_null(s_accept(l, 0, &err));
	assert_int_equal(err, -EAGAIN);

	s_close(c2);					/* SYN_SENT: just goes */
	assert_socks(3);
	close_conn(&(struct conn){ .l = l, .c = c1, .a = a });
}

/* A listener closed while a child is still in the handshake (SYN_RECV)
 * resets it and frees it. */
static void test_listener_close_resets_half_open(void **state)
{
	const uint16_t P = 4007, Q = 40002;
	struct socket *l = sock_new();
	struct seg sa;

	fake_peer_port = Q;
	assert_int_equal(s_listen(l, P, 8), 0);
	inject(Q, P, 5000, 0, SYN, 8000, 1460, NULL, 0, 0);
	sa = expect_seg(0, SYN | ACK, P, Q, seg(0).seq, 5001, 0);
	assert_socks(2);			/* the listener and a child */
	assert_int_equal(l->sk->sk_ack_backlog, 0);
	s_close(l);
	assert_int_equal(npkts, 2);
	expect_seg(1, RST | ACK, P, Q, sa.seq + 1, 5001, 0);
	assert_socks(0);
}

/* connect(AF_UNSPEC) drops a connection (RST, even half-closed) and the
 * socket can connect again, whole: a fresh SYN with a new ISN and no stale
 * acknowledgement, and sending works again. */
static void test_disconnect_and_reconnect(void **state)
{
	struct sockaddr unspec = { .sa_family = AF_UNSPEC };
	struct conn k;
	struct seg syn;
	char buf[8];
	int err;
	struct socket *a2;

	open_conn(&k);
	assert_int_equal(s_send(k.a, "hi", 2, 0), 2);
	assert_int_equal(s_shutdown(k.c, SHUT_WR), 0);
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT2);
	assert_int_equal(npkts, 4);
	assert_int_equal(k.c->ops->connect(k.c, &unspec, sizeof(unspec), 0), 0);
	assert_int_equal(k.c->state, SS_UNCONNECTED);
	assert_int_equal(k.csk->sk_state, TCP_CLOSE);
	assert_true(skb_queue_empty(&k.csk->sk_receive_queue));	/* "hi" dropped */
	expect_seg(4, RST | ACK, k.cport, k.port, k.cisn + 2, k.sisn + 3, 0);
	syscall_return();
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE);
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), 0), 0);	/* it had our FIN */
	assert_int_equal(s_send(k.a, "x", 1, MSG_NOSIGNAL), -EPIPE);

	pkts_clear();
	assert_int_equal(s_connect(k.c, k.port, 0), 0);
	syn = seg(0);
	assert_int_equal(syn.flags, SYN);
	assert_int_equal(syn.ack, 0);
	assert_int_equal(syn.sport, k.cport);		/* it keeps its port */
	assert_true(syn.seq != k.cisn);
	assert_int_equal(k.csk->sk_state, TCP_ESTABLISHED);
	a2 = s_accept(k.l, O_NONBLOCK, &err);
	assert_int_equal(err, 0);
	assert_int_equal(s_send(k.c, "again", 5, 0), 5);
	assert_int_equal(s_recv(a2, buf, sizeof(buf), 0), 5);
	assert_memory_equal(buf, "again", 5);
	assert_int_equal(s_send(a2, "back", 4, 0), 4);
	assert_int_equal(s_recv(k.c, buf, sizeof(buf), 0), 4);
	assert_memory_equal(buf, "back", 4);
	s_close(k.a);
	k.a = a2;
	close_conn(&k);
}

/* A server restarts (SO_REUSEADDR) while an old connection on its port is
 * still open: that connection's segments still reach it, not the new
 * listener (an exact match wins over a listener, whatever the order). */
static void test_established_wins_over_new_listener(void **state)
{
	int one = 1;
	struct socket *l = sock_new(), *l2 = sock_new(), *c = sock_new(), *a;
	char buf[8];
	int err;

	s_setsockopt(l, SO_REUSEADDR, &one, sizeof(one));
	s_setsockopt(l2, SO_REUSEADDR, &one, sizeof(one));
	assert_int_equal(s_listen(l, 4009, 8), 0);
	assert_int_equal(s_connect(c, 4009, 0), 0);
	a = s_accept(l, 0, &err);
	assert_int_equal(err, 0);
	s_close(l);
	assert_int_equal(s_listen(l2, 4009, 8), 0);	/* now first on the port list */
	pkts_clear();
	assert_int_equal(s_send(c, "old", 3, 0), 3);
	assert_int_equal(npkts, 2);
	assert_int_equal(seg(1).flags, ACK);
	assert_int_equal(s_recv(a, buf, sizeof(buf), 0), 3);
	assert_int_equal(l2->sk->sk_ack_backlog, 0);
	close_conn(&(struct conn){ .l = l2, .c = c, .a = a });
}

/* FIN, then RST (the peer closed with unread data): recv reports the end
 * of the stream, as Linux does; the error (EPIPE) is what send gets. */
static void test_fin_then_rst(void **state)
{
	struct conn k;
	char buf[8];

	open_conn(&k);
	assert_int_equal(s_shutdown(k.a, SHUT_WR), 0);
	assert_int_equal(sk_state_of(k.csk), TCP_CLOSE_WAIT);
	assert_int_equal(s_send(k.c, "unread", 6, 0), 6);
	s_close(k.a);				/* unread data: RST */
	k.a = NULL;
	assert_int_equal(sk_state_of(k.csk), TCP_CLOSE);
	assert_int_equal(s_recv(k.c, buf, sizeof(buf), 0), 0);
	assert_int_equal(s_send(k.c, "x", 1, MSG_NOSIGNAL), -EPIPE);
	close_conn(&k);
}

/* Data for a socket that was closed (orphaned in FIN_WAIT2) cannot be
 * delivered: RST, as Linux (RFC 1122 4.2.2.13); the sender gets EPIPE. */
static void test_data_after_close_resets(void **state)
{
	struct conn k;
	char buf[8];

	open_conn(&k);
	s_close(k.c);
	k.c = NULL;
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT2);
	pkts_clear();
	assert_int_equal(s_send(k.a, "late", 4, 0), 4);
	assert_int_equal(npkts, 2);
	expect_seg(1, RST | ACK, k.cport, k.port, k.cisn + 2, k.sisn + 1, 0);
	assert_int_equal(sk_state_of(k.csk), FREED);
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE);
	assert_int_equal(s_recv(k.a, buf, sizeof(buf), 0), 0);	/* the FIN came first */
	assert_int_equal(s_send(k.a, "x", 1, MSG_NOSIGNAL), -EPIPE);
	close_conn(&k);
}

/* --- flow control --- */

/* A reader that does not read: the advertised window shrinks to 0, the
 * sender stops with data queued (and send says EAGAIN once the send buffer
 * is full); reading opens the window and the rest arrives, in order. */
static void test_receive_window(void **state)
{
	enum { CHUNK = TCP_DEFAULT_SNDBUF, RCV_SPACE = TCP_DEFAULT_RCVBUF / 2 };
	static uint8_t out[200000], in[200000];
	struct conn k;
	size_t sent = 0, got = 0;
	uint32_t last_win = 65535, delivered = 0;
	int r, zero_at = -1;

	open_conn(&k);
	fill(out, sizeof(out), 0);
	while ((r = s_send(k.c, out + sent, CHUNK, MSG_DONTWAIT)) > 0)
		sent += r;
	assert_int_equal(r, -EAGAIN);
	assert_int_equal(unit_sleeps, 0);
	/* the receiver's half of SO_RCVBUF, and one send buffer queued */
	assert_int_equal(sent, RCV_SPACE + CHUNK);

	for (int i = 0; i < npkts; i++) {
		struct seg s = seg(i);

		if (s.sport == k.port) {		/* the receiver's ACKs */
			assert_true(s.win <= last_win);
			assert_int_equal(s.win, min(RCV_SPACE - (s.ack - k.cisn - 1), 65535u));
			last_win = s.win;
			if (!s.win && zero_at < 0)
				zero_at = i;
		} else {
			if (zero_at >= 0 && s.len)
				fail_msg("packet %d: %u bytes sent into a zero window", i, s.len);
			delivered += s.len;
		}
	}
	assert_int_equal(last_win, 0);
	assert_true(zero_at > 0);
	assert_int_equal(delivered, RCV_SPACE);
	assert_int_equal(k.ask->sk_rmem_alloc, RCV_SPACE);
	assert_int_equal(tcp_sk(k.csk)->snd_wnd, 0);
	assert_int_equal(tcp_sk(k.csk)->snd_una, tcp_sk(k.csk)->snd_nxt);	/* all sent is acked */
	assert_int_equal(tcp_sk(k.csk)->write_seq - tcp_sk(k.csk)->snd_nxt, CHUNK);	/* queued */
	assert_int_equal(k.csk->sk_wmem_queued, CHUNK);
	assert_false(s_poll(k.c) & POLLOUT);

	/* a small read: a window update, exactly that much more data, window 0 */
	pkts_clear();
	assert_int_equal(s_recv(k.a, in, 1000, 0), 1000);
	got = 1000;
	assert_int_equal(npkts, 3);
	assert_int_equal(expect_seg(0, ACK, k.port, k.cport, k.sisn + 1, k.cisn + 1 + RCV_SPACE, 0).win, 1000);
	expect_seg(1, PSH | ACK, k.cport, k.port, k.cisn + 1 + RCV_SPACE, k.sisn + 1, 1000);
	assert_int_equal(expect_seg(2, ACK, k.port, k.cport, k.sisn + 1, k.cisn + 1 + RCV_SPACE + 1000, 0).win, 0);

	/* shutdown now: the FIN must wait behind the queued data */
	assert_int_equal(s_shutdown(k.c, SHUT_WR), 0);
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT1);
	assert_int_equal(npkts, 3);

	/* read all: the rest comes, then the FIN */
	while (got < sent) {
		r = s_recv(k.a, in + got, sizeof(in) - got, MSG_DONTWAIT);
		if (r <= 0)
			fail_msg("recv: %d after %zu of %zu bytes", r, got, sent);
		got += r;
	}
	assert_memory_equal(in, out, sent);
	assert_int_equal(s_recv(k.a, in, sizeof(in), 0), 0);	/* EOF after the data */
	assert_int_equal(unit_sleeps, 0);
	for (int i = 0, fin_seen = 0; i < npkts; i++) {
		struct seg s = seg(i);

		if (s.sport != k.cport)
			continue;
		assert_false(fin_seen);			/* nothing after our FIN */
		if (s.flags & FIN) {
			fin_seen = 1;
			assert_int_equal(s.seq, k.cisn + 1 + sent);
			assert_int_equal(s.len, 0);
		}
	}
	assert_int_equal(sk_state_of(k.csk), TCP_FIN_WAIT2);
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE_WAIT);
	assert_true(skb_queue_empty(&tcp_sk(k.csk)->write_queue));
	assert_int_equal(k.csk->sk_wmem_queued, 0);
	/* the passive side shuts down before its close (a close() straight
	 * from CLOSE_WAIT has its own test: test_close_active_then_passive) */
	assert_int_equal(s_shutdown(k.a, SHUT_WR), 0);
	assert_int_equal(sk_state_of(k.ask), TCP_CLOSE);
	assert_int_equal(sk_state_of(k.csk), TCP_TIME_WAIT);
	close_conn(&k);
}

/* --- a hand-made peer: segments built here and fed to lo's receive path --- */

static void inject(uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack, uint8_t flags,
		   uint16_t win, int mss, const void *data, unsigned int len, int bad)
{
	unsigned int optlen = mss >= 0 ? 4 : 0, tl = 20 + optlen + len, n = 20 + tl;
	struct sk_buff *skb = alloc_skb(n);
	uint8_t *p = skb_put(skb, n), *t = p + 20;

	memset(p, 0, n);
	p[0] = 0x45;
	put_be16(p + 2, n);
	put_be16(p + 6, IP_DF);
	p[8] = 64;
	p[9] = IPPROTO_TCP;
	put_be32(p + 12, LOOPBACK_ADDR);
	put_be32(p + 16, LOOPBACK_ADDR);
	put_be16(p + 10, ref_csum(p, 20));
	put_be16(t, sport);
	put_be16(t + 2, dport);
	put_be32(t + 4, seq);
	put_be32(t + 8, ack);
	t[12] = ((20 + optlen) / 4) << 4;
	t[13] = flags;
	put_be16(t + 14, win);
	if (mss >= 0) {
		t[20] = 2;
		t[21] = 4;
		put_be16(t + 22, (uint16_t)mss);
	}
	if (len)
		memcpy(t + 20 + optlen, data, len);
	put_be16(t + 16, ref_l4_csum(p + 12, p + 16, IPPROTO_TCP, t, tl) ^ (bad & BAD_TCP_CSUM ? 0x0100 : 0));
	if (bad & BAD_IP_CSUM)
		p[11] ^= 0x01;
	skb->dev = &loopback_dev;
	skb->protocol = ETH_P_IP;
	netif_rx(skb);
	unit_do_softirq();
}

/* A peer with MSS 1000 and a small window: segments are cut at its MSS and
 * its window; partial ACKs free exactly what they cover; duplicates are
 * re-ACKed, not queued twice; a bad checksum is dropped unanswered; an
 * in-window RST ends the connection. */
static void test_handmade_peer(void **state)
{
	const uint16_t P = 4004, Q = 40000;
	struct socket *l = sock_new(), *a;
	uint8_t out[2600], buf[64];	/* out: 2500 bytes, twice */
	struct sock *sk;
	struct tcp_sock *tp;
	struct seg sa;
	uint32_t s0;
	int err;

	fake_peer_port = Q;
	assert_int_equal(s_listen(l, P, 8), 0);
	inject(Q, P, 1000, 0, SYN, 8000, 1000, NULL, 0, 0);
	assert_int_equal(npkts, 1);
	sa = seg(0);
	assert_int_equal(sa.flags, SYN | ACK);
	assert_int_equal(sa.ack, 1001);
	assert_int_equal(sa.dport, Q);
	assert_in_range(sa.mss, TCP_MSS_DEFAULT, MSS_LO);
	s0 = sa.seq + 1;
	assert_int_equal(l->sk->sk_ack_backlog, 0);	/* not before the ACK */
	inject(Q, P, 1001, s0, ACK, 8000, -1, NULL, 0, 0);
	assert_int_equal(npkts, 1);			/* the ACK is not answered */
	a = s_accept(l, O_NONBLOCK, &err);
	assert_int_equal(err, 0);
	sk = a->sk;
	tp = tcp_sk(sk);
	assert_int_equal(tp->mss, 1000);
	assert_int_equal(tp->snd_wnd, 8000);

	fill(out, sizeof(out), 0);
	assert_int_equal(s_send(a, out, 2500, 0), 2500);
	assert_int_equal(npkts, 4);
	expect_seg(1, PSH | ACK, P, Q, s0, 1001, 1000);
	expect_seg(2, PSH | ACK, P, Q, s0 + 1000, 1001, 1000);
	check_fill(expect_seg(3, PSH | ACK, P, Q, s0 + 2000, 1001, 500).data, 500, 2000);
	assert_int_equal(sk->sk_wmem_queued, 2500);

	inject(Q, P, 1001, s0 + 1500, ACK, 8000, -1, NULL, 0, 0);	/* mid-segment */
	assert_int_equal(tp->snd_una, s0 + 1500);
	assert_int_equal(sk->sk_wmem_queued, 1000);
	inject(Q, P, 1001, s0 + 1400, ACK, 8000, -1, NULL, 0, 0);	/* old: ignored */
	assert_int_equal(tp->snd_una, s0 + 1500);
	inject(Q, P, 1001, s0 + 2600, ACK, 8000, -1, NULL, 0, 0);	/* beyond snd_nxt */
	assert_int_equal(tp->snd_una, s0 + 1500);
	assert_int_equal(sk->sk_wmem_queued, 1000);
	inject(Q, P, 1001, s0 + 2500, ACK, 0, -1, NULL, 0, 0);	/* all, window shut */
	assert_int_equal(sk->sk_wmem_queued, 0);
	assert_true(skb_queue_empty(&tp->write_queue));
	assert_int_equal(npkts, 4);

	/* queued behind a shut window; a small window lets a little out, a
	 * big one the rest, cut at the peer's MSS */
	assert_int_equal(s_send(a, out, 2500, 0), 2500);
	assert_int_equal(npkts, 4);
	inject(Q, P, 1001, s0 + 2500, ACK, 30, -1, NULL, 0, 0);
	assert_int_equal(npkts, 5);
	expect_seg(4, PSH | ACK, P, Q, s0 + 2500, 1001, 30);
	inject(Q, P, 1001, s0 + 2530, ACK, 8000, -1, NULL, 0, 0);
	assert_int_equal(npkts, 8);
	expect_seg(5, PSH | ACK, P, Q, s0 + 2530, 1001, 1000);
	expect_seg(6, PSH | ACK, P, Q, s0 + 3530, 1001, 1000);
	check_fill(expect_seg(7, PSH | ACK, P, Q, s0 + 4530, 1001, 470).data, 470, 2030);
	inject(Q, P, 1001, s0 + 5000, ACK, 8000, -1, NULL, 0, 0);
	assert_int_equal(npkts, 8);
	assert_int_equal(sk->sk_wmem_queued, 0);

	/* data from the peer, then the same again (a duplicate) */
	inject(Q, P, 1001, s0 + 5000, PSH | ACK, 8000, -1, "xyz", 3, 0);
	assert_int_equal(npkts, 9);
	assert_int_equal(expect_seg(8, ACK, P, Q, s0 + 5000, 1004, 0).win, 65536 - 3);
	inject(Q, P, 1001, s0 + 5000, PSH | ACK, 8000, -1, "xyz", 3, 0);
	assert_int_equal(npkts, 10);
	expect_seg(9, ACK, P, Q, s0 + 5000, 1004, 0);
	assert_int_equal(sk->sk_rmem_alloc, 3);

	/* a corrupt segment: dropped, counted, unanswered */
	unsigned long errs = tcp_in_errors;
	inject(Q, P, 1004, s0 + 5000, PSH | ACK, 8000, -1, "bad", 3, BAD_TCP_CSUM);
	assert_int_equal(tcp_in_errors, errs + 1);
	assert_int_equal(npkts, 10);
	assert_int_equal(sk->sk_rmem_alloc, 3);
	errs = ip_in_discards;			/* and one with a bad IP header */
	inject(Q, P, 1004, s0 + 5000, PSH | ACK, 8000, -1, "bad", 3, BAD_IP_CSUM);
	assert_int_equal(ip_in_discards, errs + 1);
	assert_int_equal(npkts, 10);
	assert_int_equal(sk->sk_rmem_alloc, 3);
	assert_int_equal(s_recv(a, buf, sizeof(buf), 0), 3);
	assert_memory_equal(buf, "xyz", 3);

	/* an RST out of window is ignored; in window it resets */
	inject(Q, P, 5000, 0, RST, 0, -1, NULL, 0, 0);
	assert_int_equal(sk->sk_state, TCP_ESTABLISHED);
	inject(Q, P, 1004, 0, RST, 0, -1, NULL, 0, 0);
	assert_int_equal(sk->sk_state, TCP_CLOSE);
	assert_int_equal(npkts, 10);
	assert_int_equal(s_recv(a, buf, sizeof(buf), 0), -ECONNRESET);
	s_close(a);
	s_close(l);
	assert_int_equal(npkts, 10);
}

/* The connecting side against a hand-made server: a SYN-ACK that does not
 * ACK our SYN is answered with RST and changes nothing; the right one
 * completes the handshake with the server's window and MSS (500), which
 * then cut our segments; its FIN moves us to CLOSE_WAIT. */
static void test_handmade_server(void **state)
{
	const uint16_t Q = 40003;
	struct socket *c = sock_new();
	uint8_t out[1200];
	struct seg syn;
	char b[4];

	fake_peer_port = Q;
	assert_int_equal(s_connect(c, Q, O_NONBLOCK), -EINPROGRESS);
	assert_int_equal(npkts, 1);
	syn = seg(0);
	inject(Q, syn.sport, 9000, syn.seq + 5, SYN | ACK, 4000, 500, NULL, 0, 0);
	expect_seg(1, RST, syn.sport, Q, syn.seq + 5, 0, 0);
	assert_int_equal(c->sk->sk_state, TCP_SYN_SENT);
	/* an acceptable ACK without SYN, and an RST without ACK: dropped */
	inject(Q, syn.sport, 9000, syn.seq + 1, ACK, 4000, -1, NULL, 0, 0);
	inject(Q, syn.sport, 9000, 0, RST, 4000, -1, NULL, 0, 0);
	assert_int_equal(c->sk->sk_state, TCP_SYN_SENT);
	assert_int_equal(npkts, 2);

	inject(Q, syn.sport, 9000, syn.seq + 1, SYN | ACK, 4000, 500, NULL, 0, 0);
	assert_int_equal(npkts, 3);
	expect_seg(2, ACK, syn.sport, Q, syn.seq + 1, 9001, 0);
	assert_int_equal(c->sk->sk_state, TCP_ESTABLISHED);
	assert_int_equal(s_connect(c, Q, O_NONBLOCK), 0);
	assert_int_equal(tcp_sk(c->sk)->mss, 500);
	assert_int_equal(tcp_sk(c->sk)->snd_wnd, 4000);

	fill(out, sizeof(out), 0);
	assert_int_equal(s_send(c, out, 1200, 0), 1200);
	assert_int_equal(npkts, 6);
	expect_seg(3, PSH | ACK, syn.sport, Q, syn.seq + 1, 9001, 500);
	expect_seg(4, PSH | ACK, syn.sport, Q, syn.seq + 501, 9001, 500);
	check_fill(expect_seg(5, PSH | ACK, syn.sport, Q, syn.seq + 1001, 9001, 200).data, 200, 1000);
	inject(Q, syn.sport, 9001, syn.seq + 1201, FIN | ACK, 4000, -1, NULL, 0, 0);
	expect_seg(6, ACK, syn.sport, Q, syn.seq + 1201, 9002, 0);
	assert_int_equal(c->sk->sk_state, TCP_CLOSE_WAIT);
	assert_int_equal(c->sk->sk_wmem_queued, 0);
	assert_int_equal(s_recv(c, b, sizeof(b), 0), 0);
	s_shutdown(c, SHUT_WR);
	expect_seg(7, FIN | ACK, syn.sport, Q, syn.seq + 1201, 9002, 0);
	assert_int_equal(c->sk->sk_state, TCP_LAST_ACK);
	inject(Q, syn.sport, 9002, syn.seq + 1202, ACK, 4000, -1, NULL, 0, 0);
	assert_int_equal(c->sk->sk_state, TCP_CLOSE);
	assert_int_equal(npkts, 8);
	s_close(c);
}

/* Segments for nobody get RFC 793's reset: with an ACK, RST seq=ack;
 * without, RST|ACK ack=seq+len(+SYN+FIN).  An RST is never answered. */
static void test_stray_segments_reset(void **state)
{
	fake_peer_port = 40001;
	inject(40001, 4005, 777, 123456, ACK, 100, -1, "abc", 3, 0);
	assert_int_equal(npkts, 1);
	expect_seg(0, RST, 4005, 40001, 123456, 0, 0);
	inject(40001, 4005, 777, 0, SYN, 100, 1460, NULL, 0, 0);
	expect_seg(1, RST | ACK, 4005, 40001, 0, 778, 0);
	inject(40001, 4005, 777, 0, SYN | FIN, 100, -1, "abcd", 4, 0);
	expect_seg(2, RST | ACK, 4005, 40001, 0, 777 + 4 + 2, 0);
	inject(40001, 4005, 777, 0, RST, 100, -1, NULL, 0, 0);
	inject(40001, 4005, 777, 5, RST | ACK, 100, -1, NULL, 0, 0);
	assert_int_equal(npkts, 3);

	/* a listener answers anything with an ACK the same way (RFC 793 LISTEN) */
	struct socket *l = sock_new();

	assert_int_equal(s_listen(l, 4005, 8), 0);
	inject(40001, 4005, 777, 4242, ACK, 100, -1, NULL, 0, 0);
	expect_seg(3, RST, 4005, 40001, 4242, 0, 0);
	inject(40001, 4005, 777, 4242, FIN, 100, -1, NULL, 0, 0);	/* no SYN, no ACK: dropped */
	assert_int_equal(npkts, 4);
	assert_socks(1);
	s_close(l);
}

/* --- memory --- */

/* Many connections, ended every way, with data: everything is freed. */
static void test_many_connections_no_leak(void **state)
{
	static uint8_t out[5000], in[5000];

	fill(out, sizeof(out), 3);
	for (int i = 0; i < 24; i++) {
		struct conn k;
		size_t n = (size_t)(i * 211) % sizeof(out);

		open_conn(&k);
		assert_int_equal(s_send(k.c, out, n, 0), (int)n);
		assert_int_equal(s_send(k.a, out, n / 2, 0), (int)(n / 2));
		/* A 0-byte receive on an empty connection is EAGAIN, as on Linux. */
		assert_int_equal(s_recv(k.a, in, n, MSG_WAITALL | MSG_DONTWAIT), n ? (int)n : -EAGAIN);
		assert_memory_equal(in, out, n);
		switch (i % 4) {
		case 0:				/* both at once */
			close_conn(&k);
			break;
		case 1:				/* unread data: RST */
			s_close(k.c);
			s_close(k.a);
			s_close(k.l);
			break;
		case 2:				/* half-closes first */
			s_shutdown(k.c, SHUT_WR);
			s_shutdown(k.a, SHUT_WR);
			s_close(k.l);
			s_close(k.a);
			s_close(k.c);
			break;
		case 3:				/* listener first, then the rest at once */
			s_close(k.l);
			k.l = NULL;
			close_conn(&k);
			break;
		}
		unit_power_off();
		assert_socks(0);
		assert_int_equal(nr_skbs, base_skbs);
		assert_int_equal(kmalloc_live, base_kmalloc);
		assert_null(tcp_prot.bind_list);
	}
	assert_int_equal(unit_sleeps, 0);
}

/* shutdown(SHUT_RD) only stops this end reading; data the peer still sends
 * is accepted (ACKed), as on Linux, not answered with RST. */
static void test_shut_rd_then_data(void **state)
{
	struct conn k;

	open_conn(&k);
	assert_int_equal(s_shutdown(k.a, SHUT_RD), 0);
	assert_int_equal(npkts, 0);
	assert_int_equal(s_send(k.c, "more", 4, 0), 4);
	assert_int_equal(npkts, 2);
	expect_seg(1, ACK, k.port, k.cport, k.sisn + 1, k.cisn + 5, 0);
	assert_int_equal(sk_state_of(k.ask), TCP_ESTABLISHED);
	assert_int_equal(sk_state_of(k.csk), TCP_ESTABLISHED);
	close_conn(&k);
}

/* connect() to its own address and port: a simultaneous open with itself
 * (RFC 793 section 3.4, figure 8: SYN_SENT + SYN -> SYN_RECEIVED).  Linux
 * connects the socket to itself; it must at least not wait for ever. */
static void test_connect_to_self(void **state)
{
	struct socket *c = sock_new();
	char b[4];

	assert_int_equal(s_bind(c, 4008), 0);
	assert_int_equal(s_connect(c, 4008, 0), 0);
	assert_int_equal(unit_sleeps, 0);
	assert_int_equal(c->sk->sk_state, TCP_ESTABLISHED);
	assert_int_equal(s_send(c, "self", 4, 0), 4);
	assert_int_equal(s_recv(c, b, 4, 0), 4);
	assert_memory_equal(b, "self", 4);
	s_close(c);
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_handshake),
		T(test_blocking_connect_and_accept),
		T(test_data_both_ways),
		T(test_large_send),
		T(test_sequence_wraparound),
		T(test_shutdown_half_close),
		T(test_close_active_then_passive),
		T(test_simultaneous_close),
		T(test_connect_refused),
		T(test_close_unread_data_resets),
		T(test_listener_close_resets_queue),
		T(test_linger_zero_resets),
		T(test_disconnect_and_reconnect),
		T(test_established_wins_over_new_listener),
		T(test_fin_then_rst),
		T(test_data_after_close_resets),
		T(test_backlog_and_timeouts),
		T(test_listener_close_resets_half_open),
		T(test_receive_window),
		T(test_handmade_peer),
		T(test_handmade_server),
		T(test_stray_segments_reset),
		T(test_many_connections_no_leak),
		T(test_shut_rd_then_data),
		T(test_connect_to_self),
		cmocka_unit_test(test_nothing_left),
	};

	return cmocka_run_group_tests_name("TCP over lo (net/ipv4, net/core)", tests, group_setup, NULL);
}
