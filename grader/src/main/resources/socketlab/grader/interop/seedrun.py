"""Runs one of the seed's programs (its Python 3 port, unchanged) on the addresses a test chooses.

Usage: python3 -u seedrun.py PROGRAM.py
Environment: SEED_HOST and SEED_PORT replace the address in the program's bind() and connect();
SEED_SERVICE replaces the host's service in getaddrinfo() (SEED_HOST its host). After listen(), the
line "Listening on <ip>:<port>" tells the test which port the program got.
"""
import os
import runpy
import socket
import sys

host = os.environ.get("SEED_HOST")
port = os.environ.get("SEED_PORT")
service = os.environ.get("SEED_SERVICE")

_bind, _connect, _listen = socket.socket.bind, socket.socket.connect, socket.socket.listen
_getaddrinfo = socket.getaddrinfo


def _redirect(address):
    return (host if host is not None else address[0], int(port) if port is not None else address[1])


def _bind_redirected(self, address):
    _bind(self, _redirect(address))


def _connect_redirected(self, address):
    _connect(self, _redirect(address))


def _listen_announced(self, *backlog):
    _listen(self, *backlog)
    bound_host, bound_port = self.getsockname()[:2]
    print("Listening on %s:%d" % (bound_host, bound_port), flush=True)


def _getaddrinfo_redirected(lookup_host, lookup_service, *rest, **options):
    return _getaddrinfo(host if host is not None else lookup_host,
                        service if service is not None else lookup_service, *rest, **options)


socket.socket.bind = _bind_redirected
socket.socket.connect = _connect_redirected
socket.socket.listen = _listen_announced
socket.getaddrinfo = _getaddrinfo_redirected
runpy.run_path(sys.argv[1], run_name="__main__")
