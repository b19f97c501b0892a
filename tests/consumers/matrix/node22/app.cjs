// A Node backend in CommonJS: require() of the same ES module ("node" entry; Node >= 20.19).
const v = require("ccbill-validate");
const { check } = require("./check.js");

v.init().then(async () => console.log(JSON.stringify(await check(v))));
