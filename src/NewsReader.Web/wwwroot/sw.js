// The service worker: pages the reader has opened stay readable offline; any other page falls
// back to /offline. Pages are fetched from the network first, so readers online always get the
// latest version; styles and scripts come from the cache first, since their URLs carry a
// fingerprint and never change content.
"use strict";

const version = "v1";
const pagesCache = `pages-${version}`;
const assetsCache = `assets-${version}`;
const offlinePage = "/offline";
const maxPages = 60;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(pagesCache).then((cache) => cache.add(offlinePage)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keep = new Set([pagesCache, assetsCache]);
    for (const name of await caches.keys()) {
      if (!keep.has(name)) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

// Oldest pages go first once the cache holds more than maxPages, so it never grows without bound.
const trim = async (cache) => {
  const keys = await cache.keys();
  const extra = keys.filter((request) => new URL(request.url).pathname !== offlinePage).length - maxPages;
  for (const request of keys.slice(0, Math.max(0, extra))) {
    if (new URL(request.url).pathname !== offlinePage) await cache.delete(request);
  }
};

const page = async (request) => {
  const cache = await caches.open(pagesCache);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(request, response.clone());
      await trim(cache);
    }
    return response;
  } catch {
    return (await cache.match(request)) || (await cache.match(offlinePage)) || Response.error();
  }
};

const asset = async (request) => {
  const cache = await caches.open(assetsCache);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
};

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (/^\/(css|js|icons)\/|^\/favicon\.svg$/.test(url.pathname)) {
    event.respondWith(asset(request));
  }
});
