/* net/core/sock.c — what every socket shares, whatever its protocol:
 * allocation, wake-ups, the pending error, and the SOL_SOCKET options
 * (setsockopt / getsockopt at level SOL_SOCKET never reach a protocol).
 * Values and error rules follow Linux's net/core/sock.c.
 */
#include <linux/kernel.h>
#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/uaccess.h>
#include <net/sock.h>
#include <net/tcp_states.h>
#include <linux/jiffies.h>

unsigned long nr_socks;

struct sock *sk_alloc(int family, size_t size)
{
	struct sock *sk = kzalloc(size);

	if (!sk)
		return NULL;
	sk->sk_family = family;
	sk->sk_refcnt = 1;
	skb_queue_head_init(&sk->sk_receive_queue);
	init_waitqueue_head(&sk->sk_wq);
	sk->sk_rcvbuf = SYSCTL_RMEM_MAX;
	sk->sk_sndbuf = SYSCTL_WMEM_MAX;
	sk->sk_rcvlowat = 1;
	sk->sk_rcvtimeo = sk->sk_sndtimeo = MAX_SCHEDULE_TIMEOUT;
	nr_socks++;
	return sk;
}

void sk_free(struct sock *sk)
{
	skb_queue_purge(&sk->sk_receive_queue);
	if (sk->sk_destruct)
		sk->sk_destruct(sk);
	kfree(sk);
	nr_socks--;
}

void sock_init_data(struct socket *sock, struct sock *sk)
{
	sk->sk_type = sock->type;
	sk->sk_socket = sock;
	sock->sk = sk;
}

void sk_wake(struct sock *sk)
{
	wake_up(&sk->sk_wq);
}

int sock_error(struct sock *sk)
{
	int err = sk->sk_err;

	sk->sk_err = 0;
	return -err;
}

int put_int_option(int val, char __user *optval, int __user *optlen)
{
	int len;

	if (get_user(len, optlen))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	if (len > (int)sizeof(int))
		len = sizeof(int);
	if (copy_to_user(optval, &val, len))
		return -EFAULT;
	return put_user(len, optlen);
}

int get_int_option(int *val, const char __user *optval, unsigned int optlen)
{
	if (optlen < sizeof(int))
		return -EINVAL;
	return get_user(*val, (int __user *)optval);
}

/* SO_RCVTIMEO / SO_SNDTIMEO take the i386 struct timeval (32-bit fields). */
struct old_timeval32 { s32 tv_sec, tv_usec; };

static int sock_set_timeout(long *timeo, const char __user *optval, unsigned int optlen)
{
	struct old_timeval32 tv;

	if (optlen < sizeof(tv))
		return -EINVAL;
	if (copy_from_user(&tv, optval, sizeof(tv)))
		return -EFAULT;
	if (tv.tv_usec < 0 || tv.tv_usec >= 1000000)
		return -EDOM;
	if (tv.tv_sec < 0) {
		*timeo = 0;
		return 0;
	}
	*timeo = MAX_SCHEDULE_TIMEOUT;		/* {0, 0}, or too long to count: forever */
	if ((tv.tv_sec || tv.tv_usec) && tv.tv_sec < MAX_SCHEDULE_TIMEOUT / HZ - 1)
		*timeo = tv.tv_sec * HZ + (tv.tv_usec + 1000000 / HZ - 1) / (1000000 / HZ);
	return 0;
}

static int sock_get_timeout(long timeo, char __user *optval, int __user *optlen)
{
	struct old_timeval32 tv = { 0, 0 };
	int len;

	if (timeo != MAX_SCHEDULE_TIMEOUT) {
		tv.tv_sec = timeo / HZ;
		tv.tv_usec = (timeo % HZ) * (1000000 / HZ);
	}
	if (get_user(len, optlen))
		return -EFAULT;
	if (len > (int)sizeof(tv))
		len = sizeof(tv);
	if (copy_to_user(optval, &tv, len))
		return -EFAULT;
	return put_user(len, optlen);
}

int sock_setsockopt(struct socket *sock, int optname, const char __user *optval, unsigned int optlen)
{
	struct sock *sk = sock->sk;
	struct linger ling;
	int val, err;

	err = get_int_option(&val, optval, optlen);
	if (err)
		return err;
	switch (optname) {
	case SO_LINGER:
		if (optlen < sizeof(ling))
			return -EINVAL;
		if (copy_from_user(&ling, optval, sizeof(ling)))
			return -EFAULT;
		sk->sk_linger = ling.l_onoff != 0;
		sk->sk_lingertime = ling.l_onoff ? ling.l_linger : 0;
		return 0;
	case SO_RCVTIMEO:
		return sock_set_timeout(&sk->sk_rcvtimeo, optval, optlen);
	case SO_SNDTIMEO:
		return sock_set_timeout(&sk->sk_sndtimeo, optval, optlen);
	case SO_REUSEADDR:
		sk->sk_reuse = val != 0;
		return 0;
	case SO_KEEPALIVE:
		sk->sk_keepalive = val != 0;
		return 0;
	case SO_RCVBUF:
		/* Linux doubles the request to allow for bookkeeping. */
		val = min((unsigned int)val, SYSCTL_RMEM_MAX);
		sk->sk_rcvbuf = max(val * 2, SOCK_MIN_RCVBUF);
		return 0;
	case SO_SNDBUF:
		val = min((unsigned int)val, SYSCTL_WMEM_MAX);
		sk->sk_sndbuf = max(val * 2, SOCK_MIN_SNDBUF);
		return 0;
	case SO_RCVLOWAT:
		sk->sk_rcvlowat = val ? val : 1;
		return 0;
	default:
		return -ENOPROTOOPT;
	}
}

int sock_getsockopt(struct socket *sock, int optname, char __user *optval, int __user *optlen)
{
	struct sock *sk = sock->sk;
	int len;

	if (get_user(len, optlen))
		return -EFAULT;
	if (len < 0)
		return -EINVAL;
	switch (optname) {
	case SO_TYPE:      return put_int_option(sk->sk_type, optval, optlen);
	case SO_ERROR:     return put_int_option(-sock_error(sk), optval, optlen);
	case SO_REUSEADDR: return put_int_option(sk->sk_reuse, optval, optlen);
	case SO_KEEPALIVE: return put_int_option(sk->sk_keepalive, optval, optlen);
	case SO_RCVBUF:    return put_int_option(sk->sk_rcvbuf, optval, optlen);
	case SO_SNDBUF:    return put_int_option(sk->sk_sndbuf, optval, optlen);
	case SO_RCVLOWAT:  return put_int_option(sk->sk_rcvlowat, optval, optlen);
	case SO_DOMAIN:    return put_int_option(sk->sk_family, optval, optlen);
	case SO_PROTOCOL:  return put_int_option(sk->sk_protocol, optval, optlen);
	case SO_LINGER: {
		struct linger ling = { sk->sk_linger, sk->sk_lingertime };

		if (len > (int)sizeof(ling))
			len = sizeof(ling);
		if (copy_to_user(optval, &ling, len))
			return -EFAULT;
		return put_user(len, optlen);
	}
	case SO_RCVTIMEO:  return sock_get_timeout(sk->sk_rcvtimeo, optval, optlen);
	case SO_SNDTIMEO:  return sock_get_timeout(sk->sk_sndtimeo, optval, optlen);
	case SO_ACCEPTCONN:
		return put_int_option(sk->sk_state == TCP_LISTEN, optval, optlen);
	default:
		return -ENOPROTOOPT;
	}
}

/* For operations a kind of socket does not have (Linux: sock_no_*). */
int sock_no_socketpair(struct socket *a, struct socket *b) { return -EOPNOTSUPP; }
int sock_no_listen(struct socket *sock, int backlog) { return -EOPNOTSUPP; }
int sock_no_accept(struct socket *sock, struct socket *newsock, int flags) { return -EOPNOTSUPP; }
